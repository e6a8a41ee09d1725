package com.discountworkbench.data.csv;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.QualityAssessor;
import com.discountworkbench.data.ReadFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape every chunk of a file read in parts gets: the columns, types and roles that the sample records
 * give when they are read as a file of their own (for a file no longer than the sample, exactly what the
 * whole-file read gives). Categorical columns share one dictionary across chunks, so a level keeps its code
 * and a level first seen late is simply added; id and free-text columns start a fresh dictionary in each
 * chunk, because their distinct values grow with the file and must not stay in memory.
 */
final class ChunkSchema {
    final String[] names;
    final Map<String, ColumnRole> roles;
    private final List<ColumnPlan> plans;
    private final ColumnType[] types;
    private final LevelDictionary[] sharedDictionaries;
    private final char decimalSeparator;

    private ChunkSchema(String[] names, Map<String, ColumnRole> roles, List<ColumnPlan> plans, ColumnType[] types,
                        char decimalSeparator) {
        this.names = names;
        this.roles = roles;
        this.plans = plans;
        this.types = types;
        this.decimalSeparator = decimalSeparator;
        this.sharedDictionaries = new LevelDictionary[types.length];
        for (int i = 0; i < types.length; i++) {
            if (types[i] == ColumnType.CATEGORICAL) {
                sharedDictionaries[i] = new LevelDictionary();
            }
        }
    }

    /**
     * Reads the sample's data records into builders of their own (their rejections are counted again when the
     * records are replayed into the first chunk) and takes the types and guessed roles of the result.
     *
     * @param source    where the file comes from (its hash is not known yet)
     * @param overrides roles the analyst set
     */
    static ChunkSchema resolve(SampledHead head, char decimalSeparator, DataSource source,
                               Map<String, ColumnRole> overrides) {
        ColumnBuilder[] probes = LoadPass.builders(head.schema, head.dataRecords(), decimalSeparator);
        head.replay(new RowIngester(probes, head.columnNames()));
        List<ColumnPlan> plans = new ArrayList<>(probes.length);
        List<Column> sample = new ArrayList<>(probes.length);
        ColumnType[] types = new ColumnType[probes.length];
        for (int i = 0; i < probes.length; i++) {
            plans.add(probes[i] instanceof TextBuilder text ? text.typedPlan() : head.schema.plans.get(i));
            Column column = probes[i].build();
            sample.add(column);
            types[i] = column.type();
        }
        Dataset sampleData = new Dataset(source, sample, Map.of());
        Map<String, ColumnRole> roles = QualityAssessor.assess(sampleData, overrides,
                new ReadFindings(0, List.of(), 0, List.of())).dataset().roles();
        return new ChunkSchema(head.columnNames(), roles, plans, types, decimalSeparator);
    }

    /** Empty builders for the next chunk, sized for {@code rows} rows. */
    ColumnBuilder[] newBuilders(int rows) {
        ColumnBuilder[] builders = new ColumnBuilder[plans.size()];
        for (int i = 0; i < builders.length; i++) {
            ColumnPlan plan = plans.get(i);
            LevelDictionary dictionary = sharedDictionaries[i] != null ? sharedDictionaries[i] : new LevelDictionary();
            builders[i] = plan.kind().isNumeric() ? new NumericBuilder(plan, rows, types[i])
                    : new TextBuilder(plan, rows, decimalSeparator, dictionary, types[i]);
        }
        return builders;
    }
}
