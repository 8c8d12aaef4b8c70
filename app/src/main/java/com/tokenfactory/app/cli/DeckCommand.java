package com.tokenfactory.app.cli;

import com.tokenfactory.app.gui.present.Deck;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.app.gui.present.pptx.PptxDeck;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes the presentation as a PowerPoint file with native, editable charts. */
@Command(name = "deck", mixinStandardHelpOptions = true,
        description = {"Write PLAN's presentation as a PowerPoint file (16:9): the slides of 'present' (title, build-out, "
                + "CapEx, electricity, yield, capacity vs demand, payback, key assumptions, plan problems) and, when the "
                + "plan has scenarios, a scenario comparison. Charts are native PowerPoint charts holding the plan's "
                + "figures; each slide's sources are in its speaker notes. Needs no display.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when FILE cannot be written."})
final class DeckCommand implements Callable<Integer> {
    @Mixin
    PlanArgument planFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.pptx", description = "the presentation to write")
    Path out;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    PrintDateOption date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".pptx")) {
            throw new ParameterException(spec.commandLine(), "the presentation is a PowerPoint file: --out must name a "
                    + ".pptx file (was " + out + ")");
        }
        ChartCommand.Output.notOnto(out, planFile.path(), "--out", "plan");
        Plan p = planFile.read();
        Deck deck;
        try {
            deck = DeckBuilder.build(p, scenario.id(), date.orToday(), ChartStyle.LIGHT);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        // whole or not at all: a failure half-way keeps the previous file
        ChartCommand.Output.replace(out, f -> {
            try (OutputStream o = Files.newOutputStream(f)) {
                PptxDeck.write(p, deck, o);
            }
        });
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + " (" + PptxDeck.slideCount(p, deck) + " slides)");
        w.flush();
        return 0;
    }
}
