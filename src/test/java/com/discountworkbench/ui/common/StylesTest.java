package com.discountworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The style-class names in code, FXML and theme agree, so a renamed class cannot silently lose its style. */
class StylesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/com/discountworkbench/ui");

    @Test
    void everyStyleClassUsedInFxmlIsAConstant() throws IOException {
        Set<String> constants = constants();
        Pattern styleClass = Pattern.compile("styleClass=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path fxml : files.filter(file -> file.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = styleClass.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    assertThat(constants).as("style classes of %s", fxml.getFileName())
                            .containsAll(Arrays.asList(matcher.group(1).split("\\s+")));
                }
            }
        }
    }

    @Test
    void everyConstantIsStyledInTheTheme() throws IOException {
        String css = Files.readString(RESOURCES.resolve("workbench.css"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> styled = Pattern.compile("\\.([a-zA-Z][\\w-]*)").matcher(css).results()
                .map(match -> match.group(1)).collect(Collectors.toSet());
        Set<String> expected = constants();
        // English uses the default fonts, so its language class needs no rule.
        expected.remove(Styles.LANGUAGE_ENGLISH);

        assertThat(styled).containsAll(expected);
        assertThat(Styles.stylesheet()).endsWith("workbench.css");
    }

    private static Set<String> constants() {
        return Arrays.stream(Styles.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(StylesTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
