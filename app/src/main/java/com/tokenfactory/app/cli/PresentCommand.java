package com.tokenfactory.app.cli;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.app.gui.present.PresentationApp;
import com.tokenfactory.app.gui.present.PresentationOptions;
import com.tokenfactory.app.gui.present.PresentationTheme;
import com.tokenfactory.core.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.concurrent.Callable;

/** Opens a plan straight into presentation mode. */
@Command(name = "present", mixinStandardHelpOptions = true,
        description = {"Present PLAN to executives: full-screen slides (title, build-out, CapEx, electricity, yield, "
                + "capacity vs demand, payback, key assumptions, plan problems) in large type.",
                "Keys: → ↓ Space PageDown or a click for the next slide; ← ↑ PageUp Backspace for the previous; Home, "
                        + "End; Esc leaves.",
                "Exit code 2 for an unreadable plan or a bad option, 1 when no window can be opened."})
final class PresentCommand implements Callable<Integer> {
    /** What opens the presentation; tests replace it to check what the command passes on. */
    interface Presenter {
        void present(Plan plan, String scenarioId, PresentationOptions options);
    }

    @Mixin
    PlanArgument planFile;

    @Mixin
    ScenarioOption scenario;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class,
            description = "dark or light (default: dark)")
    PresentationTheme theme = PresentationTheme.DARK;

    @Option(names = "--windowed", description = "a 1600 × 900 window instead of full screen (small screens, screenshots)")
    boolean windowed;

    Presenter presenter = PresentationApp::launch;

    @Override
    public Integer call() {
        Plan p = planFile.read();
        try {
            DeckBuilder.scenario(p, scenario.id());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        PresentationOptions options = PresentationOptions.defaults().withTheme(theme);
        try {
            presenter.present(p, scenario.id(), windowed ? options.windowed() : options);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX without a display (no DISPLAY on Linux, a headless server) refuses to start
            throw new CliException("cannot open the presentation window: " + Reasons.of(e)
                    + " (on a machine without a display, 'tokenfactory report' writes the PDF report)", 1);
        }
        return 0;
    }

    static final class ThemeConverter implements ITypeConverter<PresentationTheme> {
        @Override
        public PresentationTheme convert(String value) {
            for (PresentationTheme t : PresentationTheme.values()) {
                if (t.id().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a theme: use dark or light");
        }
    }
}
