package org.sahifa.analysis.entities;

import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;
import org.sahifa.quote.MaxentFiles;

/**
 * OpenNLP's maximum entropy trainer with L-BFGS and an L2 penalty on the weights (MAXENT_QN), one thread and no
 * messages, so that a training gives the same model byte for byte: a penalty keeps rare features from deciding alone.
 */
final class Regularised {
    private Regularised() {}

    static MaxentModel train(List<Event> events, int iterations, double l2Cost) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("L1Cost", 0.0);
        params.put("L2Cost", l2Cost);
        return MaxentFiles.train(events, params);
    }
}
