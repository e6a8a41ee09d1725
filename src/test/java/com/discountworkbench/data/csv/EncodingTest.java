package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.numbers;
import static com.discountworkbench.data.csv.CsvCorpus.read;
import static com.discountworkbench.data.csv.CsvCorpus.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
    @TempDir
    Path dir;

    @Test
    void utf8WithByteOrderMarkKeepsTheFirstHeaderNameClean() {
        LoadedDataset loaded = read("utf8-bom.csv");

        assertThat(loaded.dataset().source().encoding()).isEqualTo("UTF-8");
        assertThat(loaded.dataset().columns()).extracting(c -> c.name()).containsExactly("客户", "城市", "消费");
        assertThat(texts(loaded, "城市")).containsExactly("北京", "上海", "Zürich");
    }

    @Test
    void utf8WithoutByteOrderMark() {
        LoadedDataset loaded = read("utf8-plain.csv");

        assertThat(texts(loaded, "name")).containsExactly("Renée", "李雷", "José");
        assertThat(numbers(loaded, "amount")).containsExactly(10.5f, 20f, 30.25f);
    }

    @Test
    void gbkIsReadAsGb18030() {
        LoadedDataset loaded = read("gbk.csv");

        assertThat(loaded.dataset().source().encoding()).isEqualTo("GB18030");
        assertThat(loaded.dataset().columns()).extracting(c -> c.name())
                .containsExactly("客户编号", "城市", "是否购买", "消费金额");
        assertThat(texts(loaded, "城市")).containsExactly("北京", "上海", "广州", "深圳");
        assertThat(numbers(loaded, "是否购买")).containsExactly(1f, 0f, 1f, 0f);
        assertThat(numbers(loaded, "消费金额")).containsExactly(88f, 0f, 1234.5f, 0f);
    }

    @Test
    void utf16WithEitherByteOrderMark() {
        for (String name : new String[] {"utf16le-bom.csv", "utf16be-bom.csv"}) {
            LoadedDataset loaded = read(name);

            assertThat(loaded.dataset().source().encoding()).startsWith("UTF-16");
            assertThat(texts(loaded, "name")).containsExactly("Anna", "王芳", "Bob");
            assertThat(numbers(loaded, "score")).containsExactly(1.5f, 2.5f, 3f);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
        Path file = write("utf16.csv", "name,score\nAnna,1.5\nBob,3\n", StandardCharsets.UTF_16LE);

        LoadedDataset loaded = read(file);

        assertThat(texts(loaded, "name")).containsExactly("Anna", "Bob");
    }

    @Test
    void windows1252WhenBytesAreNeitherUtf8NorChinese() {
        LoadedDataset loaded = read("windows-1252.csv");

        assertThat(loaded.dataset().source().encoding()).isEqualTo("windows-1252");
        assertThat(texts(loaded, "product")).containsExactly("Café crème", "Crème brûlée", "Naïve tea");
    }

    @Test
    void chineseTextFirstAppearingAfterTheFirst64KbSwitchesFromUtf8ToGb18030() throws IOException {
        StringBuilder text = new StringBuilder("id,city\n");
        for (int i = 0; i < 10_000; i++) {
            text.append(i).append(",Paris\n");
        }
        text.append("10000,北京\n");
        Path file = write("late-gbk.csv", text.toString(), Charset.forName("GBK"));

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().source().encoding()).isEqualTo("GB18030");
        assertThat(loaded.dataset().rowCount()).isEqualTo(10_001);
        assertThat(texts(loaded, "city").get(10_000)).isEqualTo("北京");
    }

    @Test
    void utf8WithAStrayInvalidByteLaterStaysUtf8() throws IOException {
        StringBuilder text = new StringBuilder("id,city\n0,Zürich\n");
        for (int i = 1; i < 10_000; i++) {
            text.append(i).append(",Paris\n");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 8);
        System.arraycopy(new byte[] {'9', '9', ',', 'L', (byte) 0xE9, 'o', 'n', '\n'}, 0, bytes, utf8.length, 8);
        Path file = dir.resolve("stray.csv");
        Files.write(file, bytes);

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().source().encoding()).isEqualTo("UTF-8");
        assertThat(texts(loaded, "city")).startsWith("Zürich").endsWith("L\uFFFDon");
        assertThat(loaded.report().warnings(com.discountworkbench.data.QualityWarning.Kind.INVALID_TEXT)).hasSize(1);
    }

    @Test
    void anEncodingTheAnalystChoseIsUsedAndInvalidBytesAreReported() {
        LoadedDataset asGbk = read("gbk.csv", CsvOptions.detect().withEncoding(Charset.forName("GBK")));
        assertThat(texts(asGbk, "城市")).contains("北京");

        assertThatThrownBy(() -> read("gbk.csv", CsvOptions.detect().withEncoding(StandardCharsets.UTF_8)))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("--encoding");
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }
}
