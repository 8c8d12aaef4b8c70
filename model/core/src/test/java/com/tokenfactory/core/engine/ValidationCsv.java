package com.tokenfactory.core.engine;

import com.tokenfactory.core.format.Csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The validation data's CSV files (src/test/resources/validation), each row a map from header to field. */
final class ValidationCsv {
    private static final String DIR = "/validation/";

    private ValidationCsv() {
    }

    static List<Map<String, String>> read(String name) {
        List<List<String>> records;
        try (InputStream in = ValidationCsv.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            records = Csv.records(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> fields : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            out.add(row);
        }
        return out;
    }
}
