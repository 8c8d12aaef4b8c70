package com.tokenfactory.io;

/**
 * How much a {@code .tokenplan} file may ask of the reader. A plan of a hundred sites is about a megabyte and nested
 * eight levels deep, so the defaults leave wide room for real plans while a hostile or broken file is refused before
 * it costs memory or stack.
 *
 * @param maxFileBytes    largest file read, checked before reading and again by the parser
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxNumberLength longest number literal, characters
 * @param maxStringLength longest string value, characters
 * @param maxNameLength   longest field name, characters
 */
public record ReadLimits(long maxFileBytes, int maxNestingDepth, int maxNumberLength, int maxStringLength,
                         int maxNameLength) {
    public static final long MIB = 1024L * 1024L;

    public ReadLimits {
        if (maxFileBytes < 1 || maxNestingDepth < 1 || maxNumberLength < 1 || maxStringLength < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("every limit must be positive: " + maxFileBytes + ", " + maxNestingDepth
                    + ", " + maxNumberLength + ", " + maxStringLength + ", " + maxNameLength);
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(64 * MIB, 64, 100, 1_000_000, 1_000);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxNumberLength, maxStringLength, maxNameLength);
    }

    /** The problem reported for a file of {@code size} bytes over {@link #maxFileBytes()}. */
    String fileTooLarge(long size) {
        return "the file is too large: " + size(size) + " (the file size limit is " + size(maxFileBytes) + ")";
    }

    /** {@code 64 MiB}, {@code 1.5 MiB}, {@code 900 bytes}: sizes as the error messages show them. */
    static String size(long bytes) {
        if (bytes < MIB) {
            return bytes + " bytes";
        }
        double mib = (double) bytes / MIB;
        return (mib == Math.rint(mib) ? Long.toString((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib))
                + " MiB";
    }
}
