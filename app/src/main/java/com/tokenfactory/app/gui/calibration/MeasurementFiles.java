package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.io.BenchmarkRunFile;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes a saved measurement, with failures as one line that names the file. */
public final class MeasurementFiles {
    private MeasurementFiles() {
    }

    /** A measurement file that cannot be read or written; the message is the line to show. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static BenchmarkRun read(Path file) throws Problem {
        try {
            return BenchmarkRunFile.read(file);
        } catch (IOException | InvalidPlanException e) {
            throw new Problem(file + ": " + describe(e), e);
        }
    }

    public static void write(BenchmarkRun run, Path file) throws Problem {
        try {
            BenchmarkRunFile.write(run, file);
        } catch (IOException e) {
            throw new Problem("cannot write " + file + ": " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        return e instanceof NoSuchFileException ? "there is no such file" : Reasons.of(e);
    }
}
