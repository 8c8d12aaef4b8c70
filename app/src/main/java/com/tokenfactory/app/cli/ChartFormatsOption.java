package com.tokenfactory.app.cli;

import com.tokenfactory.charts.export.ChartFormat;
import picocli.CommandLine.Option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code --format}, declared once for the commands that write chart files. */
final class ChartFormatsOption {
    @Option(names = "--format", split = ",", paramLabel = "FORMAT", converter = ChartCommand.FormatConverter.class,
            description = "chart formats: png, svg or pdf, several separated by commas (default: png)")
    List<ChartFormat> formats = List.of(ChartFormat.PNG);

    /** Each format once, in the order given. */
    Set<ChartFormat> distinct() {
        return new LinkedHashSet<>(formats);
    }
}
