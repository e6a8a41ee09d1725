package com.discountworkbench.cli;

import picocli.CommandLine;

/** Reads a rate as typed on the command line: a fraction ({@code 0.15}) or a percentage ({@code 15%}). */
final class RateConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
        String value = text.strip();
        try {
            if (value.endsWith("%")) {
                return Double.parseDouble(value.substring(0, value.length() - 1).strip()) / 100;
            }
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a rate; write 0.15 or 15%");
        }
    }
}
