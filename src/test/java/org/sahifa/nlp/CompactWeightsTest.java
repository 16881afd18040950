package org.sahifa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
        BeamDecoder readBack = BeamDecoder.read(
                new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())), Gazetteer.shared());
        for (List<String> sentence : List.of(
                List.of("اجتمع", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "مع", "نظيره", "في", "بكين", "."),
                List.of("وقالت", "مصادر", "في", "الضفة", "الغربية", "إن", "الجيش", "انسحب", "."))) {
            String[] tokens = sentence.toArray(String[]::new);
            assertArrayEquals(fromOpenNlp.find(tokens), readBack.find(tokens), String.join(" ", sentence));
        }
    }

    @Test
    void aFileOfAnotherFormatOrVersionIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("sahifa-name-finder-weights 0");
        out.writeUTF("bio");
        out.writeInt(3);
        out.flush();
        IOException refused = assertThrows(
                IOException.class,
                () -> BeamDecoder.read(new ByteArrayInputStream(bytes.toByteArray()), Gazetteer.shared()));
        assertTrue(refused.getMessage().contains("weights 0"), refused.getMessage());
    }
}
