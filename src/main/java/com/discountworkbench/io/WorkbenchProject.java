package com.discountworkbench.io;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.policy.Scenario;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a project file keeps: the analyst's whole workbench state except the data itself, which stays in its
 * own file and is only referenced.
 *
 * @param data           the data file and how to read it; null when no data was loaded
 * @param roles          every column's role, in file order
 * @param plan           preprocessing, both networks, seed and split shares
 * @param model          both trained models; null when none was trained
 * @param scenarios      saved scenarios, in the order the analyst saved them
 * @param completedSteps names of the pipeline steps whose results were current, for the desktop application
 */
public record WorkbenchProject(DataReference data, Map<String, ColumnRole> roles, TrainingPlan plan,
                               DiscountModel model, List<Scenario> scenarios, List<String> completedSteps) {

    public WorkbenchProject {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles == null ? Map.of() : roles));
        plan = Objects.requireNonNullElseGet(plan, TrainingPlan::defaults);
        scenarios = List.copyOf(scenarios == null ? List.of() : scenarios);
        completedSteps = List.copyOf(completedSteps == null ? List.of() : completedSteps);
    }
}
