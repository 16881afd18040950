package org.sahifa.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annotated articles of materialised news-evaluation splits ({@link NewsEvalMaterialiser}), as the model trainers
 * read them: split by split in the order named, and within a split by file name.
 *
 * @param split the split's name
 * @param file the article's file name in the split's folder
 * @param path the article's file
 * @param gold the article's entry in the split's {@code gold.json}
 */
record GoldFiles(String split, String file, Path path, JsonNode gold) {
    /** Every article of {@code splits} under {@code dir}, each split's {@code gold.json} read once. */
    static List<GoldFiles> read(Path dir, List<String> splits) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldFiles> out = new ArrayList<>();
        for (String split : splits) {
            JsonNode gold =
                    json.readTree(dir.resolve(split).resolve("gold.json").toFile());
            TreeMap<String, JsonNode> files = new TreeMap<>();
            gold.fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue()));
            for (Map.Entry<String, JsonNode> f : files.entrySet()) {
                out.add(new GoldFiles(split, f.getKey(), dir.resolve(split).resolve(f.getKey()), f.getValue()));
            }
        }
        return out;
    }
}
