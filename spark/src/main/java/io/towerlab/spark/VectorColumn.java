package io.towerlab.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The job's output rows: {@code id} (string) and {@code vector} (array of float, no nulls). */
final class VectorColumn {
    static final StructType SCHEMA = new StructType(new StructField[] {
            new StructField("id", DataTypes.StringType, false, Metadata.empty()),
            new StructField("vector", DataTypes.createArrayType(DataTypes.FloatType, false), false, Metadata.empty())});

    private VectorColumn() {
    }

    /**
     * The vector in column {@code column} of a row, checked to have {@code dim} values: a {@code float[]}
     * as the job made it, or a list as Spark reads it back.
     */
    static float[] floats(Row row, int column, int dim) {
        Object value = row.get(column);
        int size = value instanceof float[] array ? array.length : row.getList(column).size();
        if (size != dim) {
            throw new IllegalStateException("the vector of " + row.get(0) + " has " + size + " values, not " + dim);
        }
        if (value instanceof float[] array) {
            return array;
        }
        List<Object> values = row.getList(column);
        float[] out = new float[dim];
        for (int i = 0; i < dim; i++) {
            out[i] = ((Number) values.get(i)).floatValue();
        }
        return out;
    }
}
