package com.tokenfactory.app.cli;

import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.style.ChartStyle;
import picocli.CommandLine.Option;

/** {@code --period} and {@code --theme}, declared once for the commands that draw the plan's charts. */
final class ChartLookOptions {
    @Option(names = "--period", paramLabel = "PERIOD", converter = ChartCommand.PeriodConverter.class,
            description = "the charts' periods: monthly or yearly (plan years) (default: monthly)")
    Period period = Period.MONTHLY;

    @Option(names = "--theme", paramLabel = "THEME", converter = ChartCommand.StyleConverter.class,
            description = "the charts' look: light or dark (default: light, which also prints better)")
    ChartStyle style = ChartStyle.LIGHT;
}
