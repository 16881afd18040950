package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The compact weights file the app loads: written from the OpenNLP model and read back, it decodes the same names
 * (BeamDecoderTest compares the bundled file with NameFinderME on the whole development split).
 */
class CompactWeightsTest {
    @Test
    void weightsWrittenAndReadBackFindTheSameNames() throws IOException {
        NameModel fromOpenNlp;
        try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
            fromOpenNlp = NameModel.read(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fromOpenNlp.writeWeights(bytes);
        BeamDecoder readBack = BeamDecoder.read(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                Gazetteer.shared());
        for (List<String> sentence : List.of(
                List.of("اجتمع", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "مع", "نظيره", "في", "بكين", "."),
                List.of("وقالت", "مصادر", "في", "الضفة", "الغربية", "إن", "الجيش", "انسحب", "."))) {
            String[] tokens = sentence.toArray(String[]::new);
            assertArrayEquals(fromOpenNlp.find(tokens), readBack.find(tokens), String.join(" ", sentence));
        }
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        byte[] other = "PK not a weights file".getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> BeamDecoder.read(new ByteArrayInputStream(other), Gazetteer.shared()));
    }
}
