package com.discountworkbench.ui.data;

import com.discountworkbench.data.CsvOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The analyst's overrides of how the file is read: encoding, delimiter and decimal separator, each "automatic"
 * (detected by the reader) unless chosen. A change by the analyst asks for the file to be read again.
 */
public final class ReadOptionsViewModel {
    private static final String AUTOMATIC = "data.option.automatic";

    private final List<Choice<Charset>> encodings = List.of(new Choice<>(null, AUTOMATIC),
            new Choice<>(StandardCharsets.UTF_8, null), new Choice<>(Charset.forName("GB18030"), null),
            new Choice<>(Charset.forName("windows-1252"), null), new Choice<>(StandardCharsets.ISO_8859_1, null),
            new Choice<>(StandardCharsets.UTF_16LE, null), new Choice<>(StandardCharsets.UTF_16BE, null));
    private final List<Choice<Character>> delimiters = List.of(new Choice<>(null, AUTOMATIC),
            new Choice<>(',', "data.delimiter.comma"), new Choice<>(';', "data.delimiter.semicolon"),
            new Choice<>('\t', "data.delimiter.tab"), new Choice<>('|', "data.delimiter.pipe"));
    private final List<Choice<Character>> decimals = List.of(new Choice<>(null, AUTOMATIC),
            new Choice<>('.', "data.decimal.point"), new Choice<>(',', "data.decimal.comma"));

    private final ObjectProperty<Choice<Charset>> encoding = new SimpleObjectProperty<>(encodings.get(0));
    private final ObjectProperty<Choice<Character>> delimiter = new SimpleObjectProperty<>(delimiters.get(0));
    private final ObjectProperty<Choice<Character>> decimal = new SimpleObjectProperty<>(decimals.get(0));
    private boolean showing;

    /** @param changed runs when the analyst changes an option (not when {@link #show} does) */
    public ReadOptionsViewModel(Runnable changed) {
        Objects.requireNonNull(changed, "changed");
        encoding.addListener((observable, old, now) -> notify(changed));
        delimiter.addListener((observable, old, now) -> notify(changed));
        decimal.addListener((observable, old, now) -> notify(changed));
    }

    public List<Choice<Charset>> encodings() {
        return encodings;
    }

    public List<Choice<Character>> delimiters() {
        return delimiters;
    }

    public List<Choice<Character>> decimals() {
        return decimals;
    }

    public ObjectProperty<Choice<Charset>> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Choice<Character>> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Choice<Character>> decimalProperty() {
        return decimal;
    }

    /**
     * The chosen options.
     *
     * @throws com.discountworkbench.data.DataException when they contradict each other (comma as both delimiter
     *         and decimal separator)
     */
    public CsvOptions options() {
        return new CsvOptions(value(encoding), value(delimiter), value(decimal), null);
    }

    /** Shows the options some data was read with, without asking to read it again. */
    public void show(CsvOptions options) {
        showing = true;
        try {
            encoding.set(choice(encodings, options.encoding()));
            delimiter.set(choice(delimiters, options.delimiter()));
            decimal.set(choice(decimals, options.decimalSeparator()));
        } finally {
            showing = false;
        }
    }

    private void notify(Runnable changed) {
        if (!showing) {
            changed.run();
        }
    }

    private static <T> T value(ObjectProperty<Choice<T>> property) {
        return property.get() == null ? null : property.get().value();
    }

    /** The list's entry for the value; an unlisted value (a charset from a project) is shown by its own name. */
    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(choice -> Objects.equals(choice.value(), value)).findFirst()
                .orElseGet(() -> new Choice<>(value, null));
    }
}
