package com.discountworkbench.sample;

import static com.discountworkbench.sample.SampleColumns.*;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds sample customers from a loaded {@link Dataset} with the sample columns, so the truth can be
 * computed for a file read by the CSV reader. Accepts numbers stored either as numeric columns or as
 * categorical ones (a reader may treat city tiers 1–4 as categories).
 */
public final class SampleDatasets {

    private SampleDatasets() {
    }

    /** One customer per row, in row order. */
    public static List<SampleCustomer> customers(Dataset data) {
        ColumnReader id = new ColumnReader(data, CUSTOMER_ID);
        ColumnReader age = new ColumnReader(data, AGE);
        ColumnReader tier = new ColumnReader(data, CITY_TIER);
        ColumnReader device = new ColumnReader(data, DEVICE);
        ColumnReader sessions = new ColumnReader(data, SESSIONS_30D);
        ColumnReader pageViews = new ColumnReader(data, PAGE_VIEWS_30D);
        ColumnReader cartAdds = new ColumnReader(data, CART_ADDS_30D);
        ColumnReader orders = new ColumnReader(data, PAST_ORDERS);
        ColumnReader orderValue = new ColumnReader(data, AVG_ORDER_VALUE);
        ColumnReader days = new ColumnReader(data, DAYS_SINCE_LAST_ORDER);
        ColumnReader coupons = new ColumnReader(data, COUPONS_USED);
        ColumnReader category = new ColumnReader(data, FAVORITE_CATEGORY);
        ColumnReader margin = new ColumnReader(data, GROSS_MARGIN_RATE);
        List<SampleCustomer> customers = new ArrayList<>(data.rowCount());
        for (int row = 0; row < data.rowCount(); row++) {
            try {
                customers.add(new SampleCustomer(id.text(row), age.integer(row), tier.integer(row),
                        Device.parse(device.text(row)), sessions.integer(row), pageViews.integer(row),
                        cartAdds.integer(row), orders.integer(row), orderValue.number(row), days.integer(row),
                        coupons.integer(row), Category.parse(category.text(row)), margin.number(row)));
            } catch (IllegalArgumentException e) {
                throw new DataException("Row " + (row + 1) + " is not a valid sample customer: " + e.getMessage(), e);
            }
        }
        return customers;
    }

    /** The discount each row was offered, rounded to 0.0001 to undo float32 storage (0.05f → 0.05). */
    public static double[] offeredDiscounts(Dataset data) {
        ColumnReader discount = new ColumnReader(data, DISCOUNT_OFFERED);
        double[] discounts = new double[data.rowCount()];
        for (int row = 0; row < discounts.length; row++) {
            discounts[row] = Math.round(discount.number(row) * 10_000) / 10_000.0;
        }
        return discounts;
    }

    /** Reads one column's cells as text or numbers, whichever way the reader stored them. */
    private static final class ColumnReader {
        private final Column column;

        ColumnReader(Dataset data, String name) {
            this.column = data.column(name);
        }

        String text(int row) {
            requirePresent(row);
            return column.display(row);
        }

        double number(int row) {
            requirePresent(row);
            if (column instanceof NumericColumn numeric) {
                return numeric.get(row);
            }
            String value = ((CategoricalColumn) column).get(row);
            try {
                // Parsed to float like a numeric column, so both storages give the same customer.
                return Float.parseFloat(value.trim());
            } catch (NumberFormatException e) {
                throw new DataException("Row " + (row + 1) + ", column '" + column.name() + "': '" + value
                        + "' is not a number. The sample columns are described in sample-data/README.md.", e);
            }
        }

        int integer(int row) {
            double value = number(row);
            if (value != Math.rint(value)) {
                throw new DataException("Row " + (row + 1) + ", column '" + column.name() + "': " + value
                        + " is not a whole number.");
            }
            return (int) value;
        }

        private void requirePresent(int row) {
            if (column.isMissing(row)) {
                throw new DataException("Row " + (row + 1) + ", column '" + column.name()
                        + "' is empty; every sample column needs a value.");
            }
        }
    }
}
