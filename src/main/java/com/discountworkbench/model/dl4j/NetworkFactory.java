package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LearningRateSchedule;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.PolySchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/** Translates a {@link NetworkSpec} into an initialized float32 DL4J network. */
final class NetworkFactory {
    private static final double NESTEROV_MOMENTUM = 0.9;

    private NetworkFactory() {
    }

    /**
     * @param plannedUpdates epochs × batches per epoch, the horizon of a decaying learning rate
     * @param outputBias     initial bias of the output unit (before its activation)
     */
    static MultiLayerNetwork create(NetworkSpec spec, int inputs, int plannedUpdates, double outputBias) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .dataType(DataType.FLOAT)
                .updater(updater(spec, plannedUpdates))
                .l2(spec.l2())
                // Workspaces reuse native memory between iterations; turning them off ran 1.6× slower.
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list();
        for (LayerSpec layer : spec.layers()) {
            layers.layer(hiddenLayer(layer));
        }
        layers.layer(outputLayer(spec.head(), outputBias));
        layers.setInputType(InputType.feedForward(inputs));
        MultiLayerNetwork network = new MultiLayerNetwork(layers.build());
        network.init();
        return network;
    }

    private static IUpdater updater(NetworkSpec spec, int plannedUpdates) {
        ISchedule schedule = spec.schedule() == LearningRateSchedule.LINEAR_DECAY
                ? new PolySchedule(ScheduleType.ITERATION, spec.learningRate(), 1.0, Math.max(1, plannedUpdates))
                : null;
        switch (spec.optimizer()) {
            case NESTEROV:
                return schedule == null ? new Nesterovs(spec.learningRate(), NESTEROV_MOMENTUM)
                        : new Nesterovs(schedule, NESTEROV_MOMENTUM);
            case RMSPROP:
                return schedule == null ? new RmsProp(spec.learningRate()) : new RmsProp(schedule);
            case ADAM:
            default:
                return schedule == null ? new Adam(spec.learningRate()) : new Adam(schedule);
        }
    }

    private static org.deeplearning4j.nn.conf.layers.Layer hiddenLayer(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense dense) {
            RowMajorDenseLayer result = RowMajorDenseLayer.of(activation(dense.activation()).getActivationFunction(),
                    dense.units());
            result.setWeightInitFn(weightInit(dense.activation()).getWeightInitFunction());
            return result;
        }
        if (layer instanceof LayerSpec.Dropout dropout) {
            // DL4J's dropout argument is the probability of KEEPING a unit.
            return new DropoutLayer.Builder(1 - dropout.rate()).build();
        }
        return new BatchNormalization.Builder().build();
    }

    private static OutputLayer outputLayer(OutputHead head, double bias) {
        OutputLayer.Builder output = head == OutputHead.PROBABILITY
                ? new OutputLayer.Builder(LossFunction.XENT).activation(Activation.SIGMOID)
                : new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY);
        return output.nOut(1).weightInit(WeightInit.XAVIER).biasInit(bias).build();
    }

    private static Activation activation(LayerSpec.Activation activation) {
        switch (activation) {
            case TANH: return Activation.TANH;
            case LEAKYRELU: return Activation.LEAKYRELU;
            case SIGMOID: return Activation.SIGMOID;
            case ELU: return Activation.ELU;
            case RELU:
            default: return Activation.RELU;
        }
    }

    /** He initialization for rectifier-like units, Xavier for saturating ones. */
    private static WeightInit weightInit(LayerSpec.Activation activation) {
        return activation == LayerSpec.Activation.TANH || activation == LayerSpec.Activation.SIGMOID
                ? WeightInit.XAVIER : WeightInit.RELU;
    }
}
