/** The optional on-device classifier for implicit abuse: sentence embeddings and a logistic-regression head. */
package org.postwatch.safeguard.detect.offensive.ml;
