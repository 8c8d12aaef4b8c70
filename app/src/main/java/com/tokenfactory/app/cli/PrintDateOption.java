package com.tokenfactory.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code --date}, declared once for the documents that print a date (the PDF report and the deck). */
final class PrintDateOption {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "the date printed on the title page and in the footers (default: today)")
    LocalDate date;

    LocalDate orToday() {
        return date == null ? LocalDate.now() : date;
    }

    /** A calendar date; picocli's own message names java.time classes. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2026-03-31");
            }
        }
    }
}
