package com.tokenfactory.charts.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The export format a file name asks for by its extension: one lookup for {@link ChartFormat} and {@link TableFormat}. */
final class FileExtensions {
    private FileExtensions() {
    }

    /**
     * The format whose extension the file name ends in ("chart.SVG" → SVG), case-insensitive.
     *
     * @throws IllegalArgumentException naming the extensions there are, e.g. "'x.txt' does not end in .csv or .xlsx"
     */
    static <F extends Enum<F>> F formatOf(String fileName, F[] formats, Function<F, String> extension) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (F f : formats) {
            if (extension.apply(f).equals(ext)) {
                return f;
            }
        }
        List<String> known = Arrays.stream(formats).map(f -> "." + extension.apply(f)).toList();
        throw new IllegalArgumentException("'" + fileName + "' does not end in "
                + String.join(", ", known.subList(0, known.size() - 1)) + " or " + known.get(known.size() - 1));
    }
}
