import onnxProto from 'onnx-proto';
import type { LinearWeights } from './weights.js';

const { onnx } = onnxProto;

export const INPUT_NAME = 'features';
export const LOGITS_NAME = 'logits';
export const OUTPUT_NAME = 'probabilities';
const OPSET = 13;
const IR_VERSION = 8;

function floatBytes(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return bytes;
}

function tensorInfo(name: string, dims: Array<number | string>) {
  return onnx.ValueInfoProto.create({
    name,
    type: onnx.TypeProto.create({
      tensorType: onnx.TypeProto.Tensor.create({
        elemType: onnx.TensorProto.DataType.FLOAT,
        shape: onnx.TensorShapeProto.create({
          dim: dims.map((d) =>
            onnx.TensorShapeProto.Dimension.create(typeof d === 'number' ? { dimValue: d } : { dimParam: d }),
          ),
        }),
      }),
    }),
  });
}

/** features[N, D] → MatMul(W) → Add(b) → logits[N, K] → Softmax → probabilities[N, K]. */
export function buildOnnxModel(weights: LinearWeights, modelVersion: string, docString: string): Uint8Array {
  const { featureCount: D, classCount: K } = weights;
  const graph = onnx.GraphProto.create({
    name: 'telemed_triage',
    node: [
      onnx.NodeProto.create({ opType: 'MatMul', input: [INPUT_NAME, 'W'], output: ['xw'], name: 'matmul' }),
      onnx.NodeProto.create({ opType: 'Add', input: ['xw', 'b'], output: [LOGITS_NAME], name: 'bias' }),
      onnx.NodeProto.create({
        opType: 'Softmax',
        input: [LOGITS_NAME],
        output: [OUTPUT_NAME],
        name: 'softmax',
        attribute: [
          onnx.AttributeProto.create({ name: 'axis', i: 1, type: onnx.AttributeProto.AttributeType.INT }),
        ],
      }),
    ],
    initializer: [
      onnx.TensorProto.create({
        name: 'W',
        dims: [D, K],
        dataType: onnx.TensorProto.DataType.FLOAT,
        rawData: floatBytes(weights.W),
      }),
      onnx.TensorProto.create({
        name: 'b',
        dims: [K],
        dataType: onnx.TensorProto.DataType.FLOAT,
        rawData: floatBytes(weights.b),
      }),
    ],
    input: [tensorInfo(INPUT_NAME, ['N', D])],
    output: [tensorInfo(LOGITS_NAME, ['N', K]), tensorInfo(OUTPUT_NAME, ['N', K])],
  });
  const model = onnx.ModelProto.create({
    irVersion: IR_VERSION,
    producerName: 'telemed-triage-model',
    producerVersion: modelVersion,
    modelVersion: 1,
    docString,
    opsetImport: [onnx.OperatorSetIdProto.create({ domain: '', version: OPSET })],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

/** Reads W and b back from an ONNX file so the TypeScript reference pass uses exactly the shipped weights. */
export function readOnnxWeights(bytes: Uint8Array): LinearWeights & { producerVersion: string } {
  const model = onnx.ModelProto.decode(bytes);
  const init = new Map((model.graph?.initializer ?? []).map((t) => [t.name ?? '', t]));
  const read = (name: string): { dims: number[]; values: Float32Array } => {
    const t = init.get(name);
    if (!t?.rawData) throw new Error(`ONNX model has no initializer ${name}`);
    const raw = t.rawData;
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const values = new Float32Array(raw.byteLength / 4);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
    return { dims: (t.dims ?? []).map(Number), values };
  };
  const W = read('W');
  const b = read('b');
  return {
    featureCount: W.dims[0]!,
    classCount: W.dims[1]!,
    W: W.values,
    b: b.values,
    producerVersion: model.producerVersion ?? '',
  };
}
