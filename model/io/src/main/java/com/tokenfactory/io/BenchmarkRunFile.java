package com.tokenfactory.io;

import com.tokenfactory.core.plan.Check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.calibration.BenchmarkRun;
import com.tokenfactory.core.calibration.DeviceInfo;
import com.tokenfactory.core.calibration.RunOutcome;
import com.tokenfactory.core.calibration.ShapeKind;
import com.tokenfactory.core.calibration.ExpertShape;
import com.tokenfactory.core.calibration.OperatorCost;
import com.tokenfactory.core.calibration.ShapeMeasurement;
import com.tokenfactory.core.calibration.ShapeRole;
import com.tokenfactory.core.plan.InvalidPlanException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A benchmark run as a JSON file ({@code tokenfactory bench --out FILE.json}; read back by
 * {@code tokenfactory calibrate PLAN --with FILE.json}). Read through the plan reader's {@link LocatedTreeReader} (a
 * Jackson tree, no data binding, no polymorphic typing) within small {@link ReadLimits}. Errors name the JSON path and
 * line, e.g. {@code $.shapes[2].medianMs (line 31): expected a number}.
 *
 * <pre>
 * { "format": "tokenfactory-benchmark-run", "formatVersion": 2,
 *   "device": { "name", "provider", "memoryBytes"?, "powerLimitWatts"?, "fallbackReason"? },
 *   "precision", "runtime", "measuredOn": "YYYY-MM-DD", "outcome": "COMPLETED|CANCELLED|FAILED", "outcomeMessage"?,
 *   "shapes": [ { "name", "kind": "COMPUTE|MEMORY", "role": "FIT|HELD_OUT|REPORTED", "dimensions"?, "flops",
 *                 "bytesMoved", "tokens", "medianMs", "p90Ms", "runs", "sessionCreationMs", "avgBoardWatts"?,
 *                 "joulesPerToken"?, "operators"?: [ { "operator", "flops", "bytes" } ],
 *                 "experts"?: { "experts", "tokensPerExpert", "paramsPerExpert" } } ],
 *   "notes": [ "..." ] }
 * </pre>
 * Fields marked ? may be null or absent. Unknown fields are ignored; a newer {@code formatVersion} is refused.
 * Version 2 added the REPORTED role and its {@code experts}, and is written only for a run that has them: a run
 * without them is written as version 1, which every version reads, and an app that reads only version 1 says a
 * version 2 file is newer rather than failing on the role.
 */
public final class BenchmarkRunFile {
    public static final String FORMAT = "tokenfactory-benchmark-run";
    public static final int FORMAT_VERSION = 2;
    /** A run is a few kilobytes; anything near this is not a benchmark run. */
    static final long MAX_FILE_BYTES = 4L << 20;

    private static final ReadLimits LIMITS = new ReadLimits(MAX_FILE_BYTES, 16, 40, 1 << 20, 1_000);
    private static final LocatedTreeReader READER = new LocatedTreeReader(LIMITS);
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkRunFile() {
    }

    /** A file that is not a readable benchmark run; the message names the JSON path (or the line) and the problem. */
    public static final class FormatException extends IOException {
        private static final long serialVersionUID = 1L;

        public FormatException(String message) {
            super(message);
        }
    }

    /** Writes atomically, as plans are ({@link AtomicFile}): the file is either the old run or the whole new one. */
    public static void write(BenchmarkRun run, Path file) throws IOException {
        byte[] bytes = toJson(run).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        new AtomicFile().write(file, out -> out.write(bytes), null);
    }

    /** Reads a run; a problem comes as a {@link FormatException} naming the JSON path and line, not the file. */
    public static BenchmarkRun read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file, MAX_FILE_BYTES, size -> LIMITS.fileTooLarge(size)
                    + "; a benchmark run is a few kilobytes");
        } catch (FileBytes.Refused e) {
            throw new FormatException(e.getMessage().startsWith("is a folder") ? "is a folder, not a benchmark run"
                    : e.getMessage());
        }
        return fromJson(bytes);
    }

    public static String toJson(BenchmarkRun run) {
        ObjectNode root = WRITER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", formatVersion(run));
        ObjectNode d = root.putObject("device");
        DeviceInfo dev = run.device();
        d.put("name", dev.name());
        d.put("provider", dev.provider());
        d.put("memoryBytes", dev.memoryBytes());
        d.put("powerLimitWatts", dev.powerLimitWatts());
        d.put("fallbackReason", dev.fallbackReason());
        root.put("precision", run.precision());
        root.put("runtime", run.runtime());
        root.put("measuredOn", run.measuredOn().toString());
        root.put("outcome", run.outcome().name());
        root.put("outcomeMessage", run.outcomeMessage());
        ArrayNode shapes = root.putArray("shapes");
        for (ShapeMeasurement s : run.shapes()) {
            ObjectNode o = shapes.addObject();
            o.put("name", s.name());
            o.put("kind", s.kind().name());
            o.put("role", s.role().name());
            o.put("dimensions", s.dimensions());
            o.put("flops", s.flops());
            o.put("bytesMoved", s.bytesMoved());
            o.put("tokens", s.tokens());
            o.put("medianMs", s.medianMs());
            o.put("p90Ms", s.p90Ms());
            o.put("runs", s.runs());
            o.put("sessionCreationMs", s.sessionCreationMs());
            o.put("avgBoardWatts", s.avgBoardWatts());
            o.put("joulesPerToken", s.joulesPerToken());
            if (!s.operators().isEmpty()) {
                ArrayNode ops = o.putArray("operators");
                for (OperatorCost c : s.operators()) {
                    ops.addObject().put("operator", c.operator()).put("flops", c.flops()).put("bytes", c.bytes());
                }
            }
            if (s.experts() != null) {
                o.putObject("experts").put("experts", s.experts().experts())
                        .put("tokensPerExpert", s.experts().tokensPerExpert())
                        .put("paramsPerExpert", s.experts().paramsPerExpert());
            }
        }
        ArrayNode notes = root.putArray("notes");
        run.notes().forEach(notes::add);
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** 2 where the run has reported shapes, else 1: a run an app of version 1 can read says so. */
    static int formatVersion(BenchmarkRun run) {
        return run.shapes().stream().anyMatch(s -> s.role() == ShapeRole.REPORTED) ? FORMAT_VERSION : 1;
    }

    public static BenchmarkRun fromJson(String json) throws FormatException {
        return fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

    private static BenchmarkRun fromJson(byte[] json) throws FormatException {
        LocatedTree tree;
        try {
            tree = READER.read(json);
        } catch (FileProblem p) {
            throw new FormatException(PlanFileException.located(p.jsonPath(), p.line(), p.column(), p.detail()));
        } catch (UncheckedIOException e) {
            throw new FormatException("the file cannot be read: " + e.getCause().getMessage());
        }
        return decode(tree);
    }

    private static BenchmarkRun decode(LocatedTree tree) throws FormatException {
        JsonNode root = tree.root();
        SourceLines lines = tree.lines();
        Node r = new Node(root, JsonPaths.ROOT, lines);
        r.requireObject();
        String format = r.field("format").text();
        if (!FORMAT.equals(format)) {
            throw r.field("format").error("expected \"" + FORMAT + "\" (was \"" + Check.shown(format) + "\"): not a benchmark run");
        }
        long version = r.field("formatVersion").integer();
        if (version > FORMAT_VERSION) {
            throw r.field("formatVersion").error("this file was written by a newer Token Factory Planner (version "
                    + version + "); this one reads version " + FORMAT_VERSION);
        }
        if (version < 1) {
            throw r.field("formatVersion").error("must be at least 1 (was " + version + ")");
        }
        Node d = r.field("device");
        d.requireObject();
        DeviceInfo device = d.build(() -> new DeviceInfo(d.field("name").text(), d.field("provider").text(),
                d.field("memoryBytes").optionalInteger(), d.field("powerLimitWatts").optionalNumber(),
                d.field("fallbackReason").optionalText()));
        String precision = r.field("precision").text();
        String runtime = r.field("runtime").text();
        Node dateNode = r.field("measuredOn");
        LocalDate measuredOn;
        try {
            measuredOn = LocalDate.parse(dateNode.text());
        } catch (DateTimeParseException e) {
            throw dateNode.error("expected a date as YYYY-MM-DD (was \"" + Check.shown(dateNode.text()) + "\")");
        }
        RunOutcome outcome = r.field("outcome").enumValue(RunOutcome.class);
        String outcomeMessage = r.field("outcomeMessage").optionalText();
        List<ShapeMeasurement> shapes = new ArrayList<>();
        Node shapeArray = r.field("shapes");
        for (int i = 0; i < shapeArray.size(); i++) {
            Node s = shapeArray.element(i);
            s.requireObject();
            List<OperatorCost> operators = operators(s.field("operators"));
            ExpertShape experts = experts(s.field("experts"));
            shapes.add(s.build(() -> new ShapeMeasurement(s.field("name").text(),
                    s.field("kind").enumValue(ShapeKind.class), s.field("role").enumValue(ShapeRole.class),
                    s.field("dimensions").optionalText(), s.field("flops").number(), s.field("bytesMoved").number(),
                    s.field("tokens").integer(), s.field("medianMs").number(), s.field("p90Ms").number(),
                    s.field("runs").intValue(), s.field("sessionCreationMs").number(),
                    s.field("avgBoardWatts").optionalNumber(), s.field("joulesPerToken").optionalNumber(),
                    operators, experts)));
        }
        List<String> notes = new ArrayList<>();
        Node noteArray = r.field("notes");
        for (int i = 0; i < noteArray.size(); i++) {
            notes.add(noteArray.element(i).text());
        }
        return r.build(() -> new BenchmarkRun(device, precision, runtime, measuredOn, outcome, outcomeMessage, shapes,
                notes));
    }

    /** The experts a reported shape stands for; absent for every other shape. */
    private static ExpertShape experts(Node o) throws FormatException {
        if (!o.isPresent()) {
            return null;
        }
        o.requireObject();
        return o.build(() -> new ExpertShape(o.field("experts").intValue(), o.field("tokensPerExpert").integer(),
                o.field("paramsPerExpert").integer()));
    }

    /** A shape's costs by kind of operator; absent in runs recorded before the split. */
    private static List<OperatorCost> operators(Node array) throws FormatException {
        List<OperatorCost> out = new ArrayList<>();
        if (!array.isPresent()) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            Node o = array.element(i);
            o.requireObject();
            out.add(o.build(() -> new OperatorCost(o.field("operator").text(), o.field("flops").number(),
                    o.field("bytes").number())));
        }
        return out;
    }

    /** A JSON node and its path, with typed getters whose errors name the path. */
    private record Node(JsonNode node, String path, SourceLines lines) {

        interface Builder<T> {
            T build() throws FormatException;
        }

        Node field(String name) {
            return new Node(node == null ? null : node.get(name), JsonPaths.field(path, name), lines);
        }

        Node element(int i) {
            return new Node(node.get(i), JsonPaths.index(path, i), lines);
        }

        int size() throws FormatException {
            if (!isPresent() || !node.isArray()) {
                throw error("expected an array");
            }
            return node.size();
        }

        boolean isPresent() {
            return node != null && !node.isNull() && !node.isMissingNode();
        }

        void requireObject() throws FormatException {
            if (!isPresent() || !node.isObject()) {
                throw error(isPresent() ? "expected an object" : "is required");
            }
        }

        String text() throws FormatException {
            if (!isPresent()) {
                throw error("is required");
            }
            if (!node.isTextual()) {
                throw error("expected a string");
            }
            return node.textValue();
        }

        String optionalText() throws FormatException {
            return isPresent() ? text() : null;
        }

        double number() throws FormatException {
            if (!isPresent()) {
                throw error("is required");
            }
            if (!node.isNumber()) {
                throw error("expected a number");
            }
            return node.doubleValue();
        }

        Double optionalNumber() throws FormatException {
            return isPresent() ? number() : null;
        }

        long integer() throws FormatException {
            if (!isPresent()) {
                throw error("is required");
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw error("expected a whole number");
            }
            return node.longValue();
        }

        /** A whole number that fits an int, so a too-large one names this field rather than its object. */
        int intValue() throws FormatException {
            long v = integer();
            if (v > Integer.MAX_VALUE) {
                throw error("must be at most " + Integer.MAX_VALUE + " (was " + v + ")");
            }
            if (v < Integer.MIN_VALUE) {
                throw error("must be at least " + Integer.MIN_VALUE + " (was " + v + ")");
            }
            return (int) v;
        }

        Long optionalInteger() throws FormatException {
            return isPresent() ? integer() : null;
        }

        <E extends Enum<E>> E enumValue(Class<E> type) throws FormatException {
            String t = text();
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                throw error("expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + " (was \"" + Check.shown(t) + "\")");
            }
        }

        /** Runs a record constructor, reporting its complaint at this node's path. */
        <T> T build(Builder<T> builder) throws FormatException {
            try {
                return builder.build();
            } catch (InvalidPlanException e) {
                String field = JsonPaths.resolve(path, e.field());
                throw new FormatException(PlanFileException.located(field, lines.lineOf(field), 0, e.detail()));
            } catch (ArithmeticException e) {
                throw error("a number is out of range (" + e.getMessage().toLowerCase(Locale.ROOT) + ")");
            }
        }

        FormatException error(String problem) {
            return new FormatException(PlanFileException.located(path, lines.lineOf(path), 0, problem));
        }
    }
}
