package com.discountworkbench.ui;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.data.SampleData;
import com.discountworkbench.ui.feedback.CampaignFiles;
import com.discountworkbench.ui.feedback.FeedbackView;
import com.discountworkbench.ui.feedback.FeedbackViewModel;
import com.discountworkbench.ui.inspect.CustomerScoring;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepScreens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: opens the real window on a display with the sample data and a freshly trained model, drives the Inspect
 * or Feedback screen, and saves a PNG of the window, so the screenshots can be made again after a change. Run with
 * the test class path: {@code DISPLAY=:103 java -cp ... com.discountworkbench.ui.ScreenshotSession inspect en out.png}
 * (step {@code inspect} or {@code feedback}, language {@code en} or {@code zh}, optionally the chart tab to show).
 */
public final class ScreenshotSession {
    private static LoadedDataset data;
    private static DiscountModel model;
    private static Path outcomes;
    private static final int CAMPAIGN = 8_000;

    private ScreenshotSession() {
    }

    public static void main(String[] args) throws IOException {
        data = CsvDatasetReader.read(Path.of("sample-data/customers.csv"), CsvOptions.detect(), TaskMonitor.NONE);
        NetworkSpec network = NetworkSpec.small().withEpochs(8, 3);
        model = new DiscountModelTrainer(new Dl4jTrainer()).train(data.dataset(),
                TrainingPlan.defaults().withNetworks(network, network.forValueModel()),
                DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
        // The campaign sent the unconstrained profit-maximizing discount, with a randomized control group.
        PolicyResult best = CustomerScoring.score(model, data.dataset(), TaskMonitor.NONE).unconstrained();
        double[] policy = new double[CAMPAIGN];
        for (int i = 0; i < CAMPAIGN; i++) {
            policy[i] = best.problem().discountRate(best.levels()[i]);
        }
        Path folder = Files.createTempDirectory("screenshots");
        outcomes = CampaignFiles.write(data.dataset(), policy, folder.resolve("campaign-outcomes.csv"));
        Application.launch(Window.class, args);
    }

    /** The JavaFX side, separate because a main class extending Application needs JavaFX on the module path. */
    public static final class Window extends Application {
        private final TestSettings settings = new TestSettings();

        @Override
        public void start(Stage stage) {
            String step = getParameters().getRaw().get(0);
            boolean chinese = getParameters().getRaw().get(1).equals("zh");
            Path png = Path.of(getParameters().getRaw().get(2));
            int tab = getParameters().getRaw().size() > 3 ? Integer.parseInt(getParameters().getRaw().get(3)) : 0;
            settings.settings().setLanguage(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            AtomicReference<FeedbackViewModel> feedback = new AtomicReference<>();
            StepScreens screens = WorkbenchScreens.create(SampleData.none()).register(PipelineStep.FEEDBACK, context -> {
                FeedbackViewModel viewModel = new FeedbackViewModel(context.session(), context.pipeline(),
                        context.tasks(), context.dialogs(), context.language());
                feedback.set(viewModel);
                return localization -> new FeedbackView(viewModel, localization);
            });
            WorkbenchWindow window = new WorkbenchWindow(stage, settings.settings(), screens);
            window.show();
            stage.setWidth(1440);
            stage.setHeight(900);
            window.context().session().dataProperty().set(data);
            window.context().session().modelProperty().set(model);
            for (PipelineStep done : new PipelineStep[] {PipelineStep.DATA, PipelineStep.PREPARE,
                    PipelineStep.NETWORK, PipelineStep.TRAIN}) {
                window.context().pipeline().markDone(done);
            }
            window.context().pipeline().select(PipelineStep.valueOf(step.toUpperCase(Locale.ROOT)));
            Thread driver = new Thread(() -> drive(stage, step, tab, feedback, png), "screenshot-driver");
            driver.setDaemon(true);
            driver.start();
        }

        @Override
        public void stop() throws Exception {
            settings.close();
        }
    }

    /** @param tab which chart tab to show (0 = the first) */
    private static void drive(Stage stage, String step, int tab, AtomicReference<FeedbackViewModel> feedback,
                              Path png) {
        if (step.equals("inspect")) {
            waitUntil(() -> table(stage) != null && !table(stage).getItems().isEmpty());
            Platform.runLater(() -> table(stage).getSelectionModel().select(6));
        } else {
            Platform.runLater(() -> feedback.get().importOutcomes(outcomes));
            waitUntil(() -> feedback.get().reportProperty().get() != null);
        }
        Platform.runLater(() -> stage.getScene().getRoot().lookupAll(".tab-pane")
                .forEach(pane -> ((TabPane) pane).getSelectionModel().select(tab)));
        pause(2_500);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", png.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.exit();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(Stage stage) {
        return (TableView<Integer>) stage.getScene().lookup("#inspect-table");
    }

    /** Polls the FX thread every 200 ms, up to a minute. */
    private static void waitUntil(BooleanSupplier condition) {
        for (int tries = 0; tries < 300; tries++) {
            AtomicBoolean met = new AtomicBoolean();
            CountDownLatch checked = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    met.set(condition.getAsBoolean());
                } finally {
                    checked.countDown();
                }
            });
            try {
                checked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (met.get()) {
                return;
            }
            pause(200);
        }
        throw new IllegalStateException("The screen never got ready");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
