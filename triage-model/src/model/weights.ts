/** Softmax-regression parameters: logits = x · W + b, W stored row-major as [featureCount × classCount]. */
export interface LinearWeights {
  featureCount: number;
  classCount: number;
  W: Float32Array;
  b: Float32Array;
}
