package com.discountworkbench.io;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.Provenance;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Scenario;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Projects' parts for tests without DeepLearning4J: a model whose "networks" are named byte strings (read back by
 * {@link #NETWORKS}) and scenarios optimized on a tiny hand-made problem.
 */
public final class ProjectFixtures {
    /** Reads the fake networks back. */
    public static final NetworkTrainer NETWORKS = new NetworkTrainer() {
        @Override
        public TrainingResult train(FeatureMatrix train, float[] targets,
                float[] weightsOrNull, FeatureMatrix validation, float[] validationTargets,
                NetworkSpec spec, TrainingListener listener, TaskMonitor monitor) {
            throw new UnsupportedOperationException("The fake engine only reads networks");
        }

        @Override
        public TrainedNetwork fromBytes(byte[] bytes) {
            return new NamedNetwork(new String(bytes, StandardCharsets.UTF_8));
        }
    };

    private ProjectFixtures() {
    }

    /** A model with the data's default preprocessing and two named networks. */
    public static DiscountModel model(Dataset data) {
        FittedPreprocessor prep = Preprocessor.fit(data, PrepSpec.defaults(data));
        return new DiscountModel(prep, new NamedNetwork("purchase"), Optional.of(new NamedNetwork("value")), 42.5,
                new ModelReport(null, null, Map.of(), Map.of()), Provenance.of(data, 7));
    }

    /** A scenario optimized for two customers on a 0 / 10 % grid. */
    public static Scenario scenario(String name) {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.1));
        ResponseMatrix responses = new ResponseMatrix(grid, 2, new float[] {0.1f, 0.3f, 0.2f, 0.21f},
                new float[] {50, 48, 80, 76});
        PolicyProblem problem = new PolicyProblem(responses, OfferGrid.of(grid), CustomerEconomics.uniformMargin(2, 0.4));
        return Scenario.of(name, new PolicyOptimizer().optimize(problem, PolicyConstraints.none()));
    }

    /** A network that is only its name. */
    public record NamedNetwork(String name) implements TrainedNetwork {
        @Override
        public float[] predict(FeatureMatrix features) {
            return new float[features.rows()];
        }

        @Override
        public NetworkSpec spec() {
            return NetworkSpec.small();
        }

        @Override
        public List<String> inputNames() {
            return List.of();
        }

        @Override
        public Calibration calibration() {
            return Calibration.identity();
        }

        @Override
        public byte[] toBytes() {
            return name.getBytes(StandardCharsets.UTF_8);
        }
    }
}
