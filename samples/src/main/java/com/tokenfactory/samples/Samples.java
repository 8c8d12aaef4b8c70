package com.tokenfactory.samples;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.io.PlanFile;
import com.tokenfactory.io.PlanFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample plans bundled with the app (the files in samples/plans, packaged as resources). */
public final class Samples {
    /** A bundled sample: its file name and what it shows. */
    public record Sample(String fileName, String title, String summary) {
    }

    public static final Sample FUNGIBLE_FLEET = new Sample("fungible-fleet.tokenplan", "Fungible fleet",
            "Three regions, two GPU generations, assistant, API and enterprise inference and a frontier training run "
                    + "sharing one fleet.");
    public static final Sample CAPACITY_CRUNCH = new Sample("capacity-crunch.tokenplan", "Capacity crunch",
            "Demand outgrows the owned build; two partner clouds, only one FedRAMP; a government workload that may run "
                    + "only on certified capacity.");
    public static final Sample FIVE_YEAR_COMMITMENT = new Sample("five-year-commitment.tokenplan", "Five-year commitment",
            "A commitment above $100B where grid power dates are the bottleneck, with efficiency gains and token "
                    + "price deflation, and a slower-demand scenario.");

    private static final List<Sample> ALL = List.of(FUNGIBLE_FLEET, CAPACITY_CRUNCH, FIVE_YEAR_COMMITMENT);

    private Samples() {
    }

    public static List<Sample> all() {
        return ALL;
    }

    /** The sample the app opens on first start. */
    public static Sample defaultSample() {
        return FUNGIBLE_FLEET;
    }

    public static String json(Sample sample) {
        try (InputStream in = Samples.class.getResourceAsStream(sample.fileName())) {
            if (in == null) {
                throw new IllegalStateException("sample " + sample.fileName() + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a bundled sample; a bundled sample that does not read is a build defect, hence unchecked. */
    public static Plan open(Sample sample) {
        try {
            return new PlanFile().read(json(sample), sample.fileName());
        } catch (PlanFileException e) {
            throw new IllegalStateException("bundled sample " + sample.fileName() + " is broken: " + e.getMessage(), e);
        }
    }
}
