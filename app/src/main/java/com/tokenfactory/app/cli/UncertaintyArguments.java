package com.tokenfactory.app.cli;

import com.tokenfactory.app.gui.present.DeckBuilder;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.uncertainty.Kpi;

import java.util.Locale;

/** What the uncertainty commands share: the scenario, KPI and input arguments, each a one-line exit-2 error. */
final class UncertaintyArguments {
    private UncertaintyArguments() {
    }

    static Scenario scenario(Plan plan, String id) {
        try {
            return DeckBuilder.scenario(plan, id).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    static Kpi kpi(String id) {
        try {
            return Kpi.byId(id);
        } catch (IllegalArgumentException e) {
            throw new CliException("--kpi: " + e.getMessage(), 2);
        }
    }

    /** A lever and its target: an uncertain input's id, a lever id, or lever:target (e.g. gpuPrice:H100-SXM). */
    record Input(Lever lever, String target, String label) {
    }

    static Input input(Plan plan, String text) {
        for (UncertainInput in : plan.uncertainty().inputs()) {
            if (in.id().equals(text)) {
                return new Input(in.lever(), in.target(), in.name());
            }
        }
        String[] parts = text.split(":", 2);
        Lever lever;
        try {
            lever = Lever.byId(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new CliException("--input: '" + text + "' is neither an uncertain input of the plan "
                    + plan.uncertainty().inputs().stream().map(UncertainInput::id).toList() + " nor a lever "
                    + Lever.ids(), 2);
        }
        String target = parts.length > 1 ? parts[1] : null;
        if (target != null && !lever.targets(plan).contains(target)) {
            throw new CliException("--input: lever " + lever.id() + " has no target '" + target + "' in the plan "
                    + "(it may target " + lever.targets(plan) + ")", 2);
        }
        return new Input(lever, target, lever.label() + (target == null ? "" : " of " + target));
    }

    /**
     * CPU time this process has used so far (every thread: workers, JIT, GC), in ns; -1 where the JVM does not say.
     * Printed beside the wall time because on a shared machine the wall time says more about the others' load.
     */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** ", 8.12 s CPU" from a {@link #processCpuNanos()} taken before, or nothing where the JVM does not say. */
    static String cpuSince(long before) {
        long now = processCpuNanos();
        return before < 0 || now < 0 ? "" : String.format(Locale.ROOT, ", %.2f s CPU", (now - before) / 1e9);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
