package com.discountworkbench.ui.feedback;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.CampaignFeedback;
import com.discountworkbench.policy.CampaignOutcomes;
import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.policy.JoinedOutcomes;
import com.discountworkbench.policy.OfferEconomics;
import com.discountworkbench.policy.OutcomeColumns;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicySettings;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * A campaign's outcomes compared with the model (core work, run in the background): the customers' columns are
 * joined from the loaded data by id when the file lacks them, then {@link CampaignFeedback} compares predictions
 * and outcomes. Margins come from the model's margin column when the customers have it, else one default rate.
 *
 * @param joined           the outcome rows that matched a customer
 * @param campaign         those rows in the model's training schema (also what the merged training file appends)
 * @param report           predicted against realized figures
 * @param marginFromColumn whether margins came from the margin column
 */
public record CampaignComparison(JoinedOutcomes joined, CampaignOutcomes campaign, FeedbackReport report,
                                 boolean marginFromColumn) {

    /**
     * @param history the loaded customer data; may be null when the outcomes file carries the customers' columns
     * @param offers  the offers' costs as set for the policy; levels the model does not know are left out
     */
    public static CampaignComparison compare(DiscountModel model, Dataset outcomes, Dataset history,
                                             List<OfferEconomics> offers, TaskMonitor monitor) {
        if (model == null) {
            throw new DataException("Train the models before importing campaign outcomes: the outcomes are compared"
                    + " with the model's predictions.");
        }
        FittedPreprocessor prep = model.preprocessing();
        JoinedOutcomes joined = history == null
                ? new JoinedOutcomes(outcomes, outcomes.rowCount(), 0, List.of())
                : JoinedOutcomes.join(prep, outcomes, history);
        CampaignOutcomes campaign = CampaignOutcomes.from(prep, joined.outcomes(), OutcomeColumns.detect());
        boolean marginFromColumn = prep.marginColumn() != null
                && campaign.training().find(prep.marginColumn()).isPresent();
        List<String> known = prep.treatmentLevels().stream().map(TreatmentLevel::name).toList();
        PolicySettings settings = new PolicySettings(null,
                offers.stream().filter(offer -> known.contains(offer.level())).toList(), null,
                marginFromColumn ? null : PolicyCustomers.DEFAULT_MARGIN_RATE, null);
        FeedbackReport report = CampaignFeedback.evaluate(model, campaign, settings, monitor);
        return new CampaignComparison(joined, campaign, report, marginFromColumn);
    }
}
