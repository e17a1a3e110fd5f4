/**
 * What the optional on-device models share: one sentence embedding per check ({@link
 * org.postwatch.safeguard.detect.ml.SentenceEmbedding}), logistic-regression heads over it ({@link
 * org.postwatch.safeguard.detect.ml.LogisticHead}), the meaning heads for contempt, operational security, political
 * and commercial content ({@link org.postwatch.safeguard.detect.ml.MeaningHead}) and the set that ships ({@link
 * org.postwatch.safeguard.detect.ml.OnDeviceModels}).
 */
package org.postwatch.safeguard.detect.ml;
