package com.discountworkbench.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.discountworkbench.data.DataException;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class UncaughtErrorHandlerTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    private final UncaughtErrorHandler handler = new UncaughtErrorHandler(dialogs, language);

    @Test
    void anAnalystsInputProblemIsShownWithItsOwnMessageEvenWhenWrapped() {
        DataException bad = new DataException("the column 'spend' holds text; pick a numeric column",
                Path.of("customers.csv"), 17, "spend", null);

        handler.uncaughtException(Thread.currentThread(), new ExecutionException(bad));

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Something went wrong");
            assertThat(error.message()).isEqualTo(bad.getMessage()).startsWith("customers.csv, line 17");
            assertThat(error.details()).hasCause(bad);
        });
    }

    @Test
    void aBugIsShownWithItsRootCauseAndTheTraceAsDetails() {
        IllegalStateException bug = new IllegalStateException("wrapper", new ArithmeticException("/ by zero"));

        handler.uncaughtException(new Thread("worker"), bug);

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("The workbench hit an unexpected problem: / by zero");
            assertThat(error.details()).isSameAs(bug);
        });
    }

    @Test
    void messagesFollowTheLanguageAndCancellationIsNotAnError() {
        language.switchTo(Locale.SIMPLIFIED_CHINESE);

        handler.report(new CancelledException());
        handler.report(new NullPointerException());

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("出现问题");
            assertThat(error.message()).contains("NullPointerException");
        });
    }

    @Test
    void aFailingDialogDoesNotThrowOutOfTheHandler() {
        dialogs.failErrorDialogsWith(new IllegalStateException("no window"));

        assertThatCode(() -> handler.uncaughtException(Thread.currentThread(), new RuntimeException("boom")))
                .doesNotThrowAnyException();
    }
}
