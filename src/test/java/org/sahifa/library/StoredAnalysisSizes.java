package org.sahifa.library;

import com.ibm.icu.text.UnicodeCompressor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahifa.analysis.AnalysisJson;
import org.sahifa.model.Analysis;
import org.sahifa.model.Block;

/**
 * Where a library's stored analyses go: the blobs as stored, the same records deflated without the dictionary, the
 * article text alone, and schema 2's JSON form; and how long building a dictionary from the first 300 articles takes.
 * A benchmark main, not a test (surefire runs only *Test classes).
 *
 * <p>Run on a library the benchmark built: {@code mvn -q -B -o test-compile exec:exec -Dexec.args="-cp %classpath
 * org.sahifa.library.StoredAnalysisSizes /tmp/sahifa-bench-library-10k"}
 */
public final class StoredAnalysisSizes {
    private StoredAnalysisSizes() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).resolve(LibraryDatabase.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            AnalysisPacking packing = new AnalysisPacking(c);
            byte[] dictionary = null;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT bytes FROM compression_dictionary ORDER BY id DESC LIMIT 1")) {
                if (r.next()) {
                    dictionary = r.getBytes(1);
                }
            }
            long rows = 0;
            long stored = 0;
            long withoutDictionary = 0;
            long textWithDictionary = 0;
            long schemaTwo = 0;
            List<String> sample = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT analysis, " + AnalysisPacking.ROW_COLUMNS + " FROM article ORDER BY id")) {
                while (r.next()) {
                    byte[] packed = r.getBytes(1);
                    Analysis analysis = packing.unpack(packed, AnalysisPacking.row(r, 2));
                    rows++;
                    stored += packed.length;
                    withoutDictionary += StoredAnalysis.deflate(AnalysisRecord.write(
                                    analysis, analysis.article().source()))
                            .length;
                    StringBuilder text = new StringBuilder();
                    for (Block block : analysis.article().blocks()) {
                        text.append(block.text()).append('\n');
                    }
                    if (sample.size() < CompressionDictionary.SAMPLE_ARTICLES) {
                        sample.add(text.toString());
                    }
                    textWithDictionary +=
                            StoredAnalysis.deflate(UnicodeCompressor.compress(text.toString()), dictionary).length;
                    schemaTwo += StoredAnalysis.deflate(UnicodeCompressor.compress(
                                    AnalysisJson.toTree(analysis).toString()))
                            .length;
                }
            }
            long t = System.nanoTime();
            int built = CompressionDictionary.build(sample).length;
            double millis = (System.nanoTime() - t) / 1e6;
            System.out.println(String.format(
                    Locale.ROOT,
                    "%d rows: stored %.2f MB; records deflated without the dictionary %.2f MB; the text alone with the"
                            + " dictionary %.2f MB; analysis JSON in SCSU deflated (mention texts included) %.2f MB;"
                            + " a dictionary of %d bytes built from the first %d articles in %.0f ms",
                    rows,
                    stored / 1e6,
                    withoutDictionary / 1e6,
                    textWithDictionary / 1e6,
                    schemaTwo / 1e6,
                    built,
                    sample.size(),
                    millis)); // a benchmark's report is its output
        }
    }
}
