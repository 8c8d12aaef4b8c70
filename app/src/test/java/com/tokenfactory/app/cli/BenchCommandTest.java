package com.tokenfactory.app.cli;

import com.tokenfactory.benchmark.BenchmarkOptions;
import com.tokenfactory.benchmark.ProviderChoice;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the retired developer's entry point (BenchMain) had and 'tokenfactory bench' took over. */
class BenchCommandTest {
    private static BenchmarkOptions parsed(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void powerIsSampledUnlessNoPowerIsGiven() {
        assertEquals(new BenchmarkOptions(ProviderChoice.AUTO, false, true), parsed());
        assertEquals(new BenchmarkOptions(ProviderChoice.CPU, true, false), parsed("--provider", "cpu", "--quick",
                "--no-power"));
    }

    @Test
    void progressGoesToStandardErrorWithoutATerminalWhenAskedFor() {
        CommandRun r = CommandRun.of("bench", "--quick", "--provider", "cpu", "--no-power", "--progress");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertTrue(r.out().contains("Provider: CPU, fp32, ONNX Runtime"), r.out());
        assertTrue(r.err().contains("[100%] Done"), r.err());
    }
}
