package org.postwatch.safeguard.detect.ml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An edit of the quantised bge-small ONNX graph that computes the last encoder layer for the first token ([CLS]) only.
 *
 * <p>The heads read the [CLS] row of the last layer and nothing else. In that layer, every other row's attention query,
 * attention output, feed-forward network and layer norms are computed and thrown away: about 83% of one layer of
 * twelve, or 7% of a check's model time. The edit slices the [CLS] row out of the layer's input (the quantised input
 * for the query projection, the float input for the residual connection); keys and values are still computed for
 * every token, so the [CLS] row attends to the whole post as before. The output becomes {@code [batch, 1, 384]}.
 *
 * <p>The result is the original [CLS] embedding up to quantisation: the layer's dynamic quantisation of the attention
 * output and the feed-forward input now takes its scale from the one row instead of all rows (cosine similarity with
 * the unedited model 0.99997 or more on our own posts; {@code ClsOnlyLastLayerTest}).
 *
 * <p>The edit works on the protobuf wire format (ONNX's {@code ModelProto}: graph = field 7; {@code GraphProto}: node 1,
 * initializer 5, value_info 13; {@code NodeProto}: input 1, output 2, name 3, op_type 4; {@code TensorProto}: dims 1,
 * data_type 2, int64_data 7, name 8), copying every other field byte for byte. It relies on the node names of the
 * export langchain4j ships ({@code /encoder/layer.N/attention/self/query/MatMul_quant} and so on); for a graph without
 * them, {@link #apply} returns empty and the caller runs the model unedited.
 */
final class ClsOnlyLastLayer {

    private static final Pattern QUERY = Pattern.compile("/encoder/layer\\.(\\d+)/attention/self/query/MatMul_quant");

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int VALUE_INFO_NAME = 1;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_INT64_DATA = 7;
    private static final int TENSOR_NAME = 8;
    private static final int INT64 = 7;

    private static final String PREFIX = "postwatch/cls_only/";

    private ClsOnlyLastLayer() {}

    /**
     * The edited model, or empty when {@code model} is not the graph this edit knows, or not a well-formed protobuf
     * message at all (it is then left as it is, and ONNX Runtime judges it).
     */
    static Optional<byte[]> apply(byte[] model) {
        try {
            return edit(model);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> edit(byte[] model) {
        Field graph = null;
        for (Field f : Field.all(model, 0, model.length)) {
            if (f.number == MODEL_GRAPH && f.wire == 2) {
                graph = f;
            }
        }
        if (graph == null) {
            return Optional.empty();
        }
        List<Field> graphFields = Field.all(model, graph.valueStart, graph.valueEnd);
        int last = -1;
        for (Field f : graphFields) {
            if (f.number == GRAPH_NODE) {
                Matcher m = QUERY.matcher(nodeName(model, f));
                if (m.matches()) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        if (last < 1) {
            return Optional.empty();
        }
        String layer = "/encoder/layer." + last + "/";
        String input = "/encoder/layer." + (last - 1) + "/output/LayerNorm/Add_1_output_0";
        String quantisedInput = input + "_quantized";
        String queryNode = layer + "attention/self/query/MatMul_quant";
        String residualNode = layer + "attention/output/Add";
        String clsQuantised = PREFIX + "input_quantized";
        String cls = PREFIX + "input";

        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.valueEnd - graph.valueStart + 512);
        int edited = 0;
        boolean slicesWritten = false;
        for (Field f : graphFields) {
            if (f.number == GRAPH_NODE) {
                String name = nodeName(model, f);
                String from = name.equals(queryNode) ? quantisedInput : name.equals(residualNode) ? input : null;
                if (from != null) {
                    if (!slicesWritten) { // just before the first node that reads them, so the graph stays sorted
                        writeNode(
                                out,
                                "Slice",
                                PREFIX + "slice_quantized",
                                List.of(quantisedInput, PREFIX + "starts", PREFIX + "ends", PREFIX + "axes"),
                                clsQuantised);
                        writeNode(
                                out,
                                "Slice",
                                PREFIX + "slice",
                                List.of(input, PREFIX + "starts", PREFIX + "ends", PREFIX + "axes"),
                                cls);
                        slicesWritten = true;
                    }
                    byte[] node = replaceInput(model, f, from, from.equals(input) ? cls : clsQuantised);
                    if (node == null) {
                        return Optional.empty();
                    }
                    writeField(out, GRAPH_NODE, node);
                    edited++;
                    continue;
                }
            } else if (f.number == GRAPH_VALUE_INFO && valueInfoName(model, f).startsWith(layer)) {
                continue; // shape hints that say "every token" for tensors that now hold one
            }
            out.write(model, f.start, f.end - f.start);
        }
        if (edited != 2) {
            return Optional.empty();
        }
        writeField(out, GRAPH_INITIALIZER, int64Tensor(PREFIX + "starts", 0));
        writeField(out, GRAPH_INITIALIZER, int64Tensor(PREFIX + "ends", 1));
        writeField(out, GRAPH_INITIALIZER, int64Tensor(PREFIX + "axes", 1));

        ByteArrayOutputStream result = new ByteArrayOutputStream(model.length + 1024);
        result.write(model, 0, graph.start);
        writeField(result, MODEL_GRAPH, out.toByteArray());
        result.write(model, graph.end, model.length - graph.end);
        return Optional.of(result.toByteArray());
    }

    private static String nodeName(byte[] model, Field node) {
        for (Field f : Field.all(model, node.valueStart, node.valueEnd)) {
            if (f.number == NODE_NAME && f.wire == 2) {
                return f.string(model);
            }
        }
        return "";
    }

    private static String valueInfoName(byte[] model, Field info) {
        for (Field f : Field.all(model, info.valueStart, info.valueEnd)) {
            if (f.number == VALUE_INFO_NAME && f.wire == 2) {
                return f.string(model);
            }
        }
        return "";
    }

    /** The node with input {@code from} read from {@code to} instead, or null when it has no such input. */
    private static byte[] replaceInput(byte[] model, Field node, String from, String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(node.valueEnd - node.valueStart + 32);
        boolean replaced = false;
        for (Field f : Field.all(model, node.valueStart, node.valueEnd)) {
            if (f.number == NODE_INPUT && f.wire == 2 && f.string(model).equals(from)) {
                writeField(out, NODE_INPUT, to.getBytes(StandardCharsets.UTF_8));
                replaced = true;
            } else {
                out.write(model, f.start, f.end - f.start);
            }
        }
        return replaced ? out.toByteArray() : null;
    }

    private static void writeNode(
            ByteArrayOutputStream out, String op, String name, List<String> inputs, String output) {
        ByteArrayOutputStream node = new ByteArrayOutputStream();
        for (String in : inputs) {
            writeField(node, NODE_INPUT, in.getBytes(StandardCharsets.UTF_8));
        }
        writeField(node, NODE_OUTPUT, output.getBytes(StandardCharsets.UTF_8));
        writeField(node, NODE_NAME, name.getBytes(StandardCharsets.UTF_8));
        writeField(node, NODE_OP_TYPE, op.getBytes(StandardCharsets.UTF_8));
        writeField(out, GRAPH_NODE, node.toByteArray());
    }

    /** A one-value int64 tensor of shape [1]. */
    private static byte[] int64Tensor(String name, long value) {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        writeVarint(t, (TENSOR_DIMS << 3));
        writeVarint(t, 1);
        writeVarint(t, (TENSOR_DATA_TYPE << 3));
        writeVarint(t, INT64);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        writeVarint(packed, value);
        writeField(t, TENSOR_INT64_DATA, packed.toByteArray());
        writeField(t, TENSOR_NAME, name.getBytes(StandardCharsets.UTF_8));
        return t.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, int number, byte[] payload) {
        writeVarint(out, ((long) number << 3) | 2);
        writeVarint(out, payload.length);
        out.write(payload, 0, payload.length);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** One field of a protobuf message: where it starts and ends, and for length-delimited fields its value. */
    record Field(int number, int wire, int start, int end, int valueStart, int valueEnd) {

        String string(byte[] data) {
            return new String(data, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
        }

        /** The fields of the message in {@code data[from, to)}; malformed data throws {@link IllegalArgumentException}. */
        static List<Field> all(byte[] data, int from, int to) {
            List<Field> out = new ArrayList<>();
            int[] at = {from};
            while (at[0] < to) {
                int start = at[0];
                long tag = readVarint(data, at, to);
                int number = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                int valueStart = at[0];
                switch (wire) {
                    case 0 -> readVarint(data, at, to);
                    case 1 -> at[0] += 8;
                    case 5 -> at[0] += 4;
                    case 2 -> {
                        long length = readVarint(data, at, to);
                        if (length < 0 || length > to - at[0]) {
                            throw new IllegalArgumentException("field " + number + " runs past its message");
                        }
                        valueStart = at[0];
                        at[0] += (int) length;
                    }
                    default -> throw new IllegalArgumentException("unsupported wire type " + wire);
                }
                if (at[0] > to) {
                    throw new IllegalArgumentException("field " + number + " runs past its message");
                }
                out.add(new Field(number, wire, start, at[0], valueStart, wire == 2 ? at[0] : valueStart));
            }
            return out;
        }

        private static long readVarint(byte[] data, int[] at, int to) {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at[0] >= to) {
                    throw new IllegalArgumentException("truncated varint");
                }
                byte b = data[at[0]++];
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }
    }
}
