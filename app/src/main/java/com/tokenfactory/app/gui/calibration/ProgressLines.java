package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.benchmark.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/** The benchmark's progress as lines for a terminal: one when the message changes or another 5% is done. */
public final class ProgressLines implements ProgressListener {
    private final PrintWriter out;
    private String lastMessage = "";
    private double lastFraction = -1;

    public ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void progress(double fraction, String message) {
        if (!message.equals(lastMessage) || fraction - lastFraction >= 0.05) {
            out.printf(Locale.ROOT, "[%3.0f%%] %s%n", fraction * 100, message);
            out.flush();
            lastMessage = message;
            lastFraction = fraction;
        }
    }
}
