package com.discountworkbench.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete: same keys, no empty text, every key the screens ask for exists. */
class MessageBundlesTest {
    private static final Set<String> SAME_IN_BOTH = Set.of("language.english", "language.chinese", "menu.view.step",
            "about.libraries");

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() {
        for (Properties bundle : new Properties[] {english, chinese}) {
            bundle.stringPropertyNames().forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void chineseTextsAreTranslated() {
        for (String key : english.stringPropertyNames()) {
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key))
                        .containsPattern("\\p{IsHan}|[，。：、（）“”]");
            }
        }
    }

    @Test
    void patternsWithArgumentsAreValidMessageFormats() {
        for (Properties bundle : new Properties[] {english, chinese}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text).format(new Object[] {"A", "B", "C"})).as(key).contains("A");
                }
            }
        }
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        Pattern fxmlKey = Pattern.compile("\"%([\\w.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/com/discountworkbench/ui"))) {
            for (Path fxml : files.filter(file -> file.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = fxmlKey.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    assertThat(english).as(fxml.getFileName().toString()).containsKey(matcher.group(1));
                }
            }
        }
        for (PipelineStep step : PipelineStep.values()) {
            assertThat(english).containsKeys(step.titleKey(), step.descriptionKey());
        }
        for (StepState state : StepState.values()) {
            assertThat(english).containsKeys(state.labelKey(), "overview." + state.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void englishIsChosenEvenOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Localization.of(Locale.ENGLISH).text("menu.file")).isEqualTo("_File");
            assertThat(Localization.of(Locale.TRADITIONAL_CHINESE).text("menu.file")).isEqualTo("文件(_F)");
            assertThat(Localization.of(Locale.GERMANY).locale()).isEqualTo(Localization.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFormattedInTheLanguage() {
        assertThat(Localization.of(Locale.ENGLISH).text("overview.goTo", "Data")).isEqualTo("Go to Data");
        assertThat(Localization.of(Locale.SIMPLIFIED_CHINESE).text("overview.goTo", "数据")).isEqualTo("前往“数据”");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Localization.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
