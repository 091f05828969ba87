"""The fully connected network: layers, inference, and the one backward pass."""
import numpy as np

from .layers import ACTIVATIONS, OUTPUTS, Dense
from .losses import make_loss

# Standard deviation of the initial weights, from the fan-in and fan-out of a layer.
INITS = {
    "he": lambda fan_in, fan_out: np.sqrt(2.0 / fan_in),
    "xavier": lambda fan_in, fan_out: np.sqrt(2.0 / (fan_in + fan_out)),
    # Make Your Own Neural Network: normal(0, pow(inodes, -0.5))
    "rashid": lambda fan_in, fan_out: fan_in ** -0.5,
    # Deep Learning from Scratch: weight_init_std * randn
    "book": lambda fan_in, fan_out: 0.01,
}


def init_weight(rng, fan_in, fan_out, init):
    """One weight matrix, shape (fan_in, fan_out), float64 (cast by the caller)."""
    if init not in INITS:
        raise ValueError(f"init must be one of {', '.join(INITS)}, not {init!r}")
    return rng.normal(0.0, INITS[init](fan_in, fan_out), size=(fan_in, fan_out))


class Network:
    """A multilayer perceptron for 28x28 digits.

    Parameters
    ----------
    sizes : sequence of int
        Layer sizes from input to output, e.g. ``[784, 256, 10]``.
    hidden_activation : {"relu", "sigmoid", "tanh"}
    output_activation : {"softmax", "sigmoid"}
    init : {"he", "xavier", "rashid", "book"}
    seed : int
    loss : {"ce", "sse"} or a loss object, optional
        Defaults to the loss the output is meant for: cross-entropy for
        softmax, squared error (Rashid's) for sigmoid. ``net.loss`` is the
        loss object (see ``engine.nn.losses``).
    bias : bool
        Rashid's network has none.
    input_scale : (float, float)
        Pixels in [0, 1] are mapped to [lo, hi] before the first layer; Rashid
        uses (0.01, 1.0) so that no input is exactly zero.
    dtype : numpy dtype
        float32 for speed; float64 for gradient checks.
    """

    def __init__(self, sizes=(784, 256, 10), hidden_activation="relu",
                 output_activation="softmax", init="he", seed=0, loss=None, bias=True,
                 input_scale=(0.0, 1.0), dtype=np.float32, *, layers=None):
        # ``layers=`` is the keyword scripts written for the first version use.
        sizes = [int(n) for n in (sizes if layers is None else layers)]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"sizes must hold at least two positive layer sizes, not {sizes}")
        rng = np.random.default_rng(seed)
        weights = [init_weight(rng, a, b, init) for a, b in zip(sizes[:-1], sizes[1:])]
        biases = [np.zeros(b) for b in sizes[1:]] if bias else None
        self._build(weights, biases, hidden_activation, output_activation, loss, input_scale, dtype)
        self.meta = {"init": init, "seed": seed}

    @classmethod
    def from_arrays(cls, weights, biases, hidden_activation="relu", output_activation="softmax",
                    loss=None, input_scale=(0.0, 1.0), dtype=np.float32):
        """Build a network from weight matrices ``weights[i]`` of shape (fan_in, fan_out).

        ``biases`` is a list of vectors of shape (fan_out,), or None for a
        network without biases.
        """
        net = cls.__new__(cls)
        net._build(weights, biases, hidden_activation, output_activation, loss, input_scale, dtype)
        net.meta = {}
        return net

    def _build(self, weights, biases, hidden_activation, output_activation, loss, input_scale, dtype):
        if hidden_activation not in ACTIVATIONS:
            raise ValueError(f"hidden_activation must be one of {', '.join(ACTIVATIONS)}, "
                             f"not {hidden_activation!r}")
        if output_activation not in OUTPUTS:
            raise ValueError(f"output_activation must be one of {', '.join(OUTPUTS)}, "
                             f"not {output_activation!r}")
        weights = [np.ascontiguousarray(w, dtype=dtype) for w in weights]
        if biases is not None:
            biases = [np.ascontiguousarray(b, dtype=dtype).reshape(-1) for b in biases]
            if len(biases) != len(weights):
                raise ValueError(f"{len(biases)} bias vectors for {len(weights)} weight matrices")
        for i, w in enumerate(weights):
            if w.ndim != 2:
                raise ValueError(f"weights[{i}] must be 2-D, not shape {w.shape}")
            if i and w.shape[0] != weights[i - 1].shape[1]:
                raise ValueError(f"weights[{i}] has {w.shape[0]} inputs; "
                                 f"the layer before has {weights[i - 1].shape[1]} outputs")
            if biases is not None and biases[i].shape != (w.shape[1],):
                raise ValueError(f"biases[{i}] must have shape ({w.shape[1]},)")
        self.dtype = np.dtype(dtype)
        self.hidden_activation = hidden_activation
        self.output_activation = output_activation
        lo, hi = (float(v) for v in input_scale)
        self.input_scale = (lo, hi)
        self.dense = [Dense(w, None if biases is None else biases[i], i)
                      for i, w in enumerate(weights)]
        self.activations = [ACTIVATIONS[hidden_activation]() for _ in weights[:-1]]
        self.output = OUTPUTS[output_activation]()
        self.loss = make_loss(loss, self.output)
        self._buffers = {}

    # -- description -------------------------------------------------------
    @property
    def sizes(self):
        """Layer sizes from input to output, e.g. [784, 256, 10]."""
        return [self.dense[0].fan_in] + [d.fan_out for d in self.dense]

    @property
    def layers(self):
        """The layer sizes, as ``sizes``: the name scripts written for the first version use."""
        return self.sizes

    @property
    def weights(self):
        return [d.weight.value for d in self.dense]

    @property
    def biases(self):
        """Bias vectors, or None for a network without biases."""
        if self.dense[0].bias is None:
            return None
        return [d.bias.value for d in self.dense]

    def parameters(self):
        """All parameters as one flat list, input side first."""
        return [p for d in self.dense for p in d.parameters()]

    def describe(self):
        sizes = "-".join(str(n) for n in self.sizes)
        return f"{sizes} {self.hidden_activation}/{self.output_activation}, {self.loss.name.upper()}"

    def copy(self):
        """An independent copy (a consistent snapshot of the weights)."""
        net = Network.from_arrays([w.copy() for w in self.weights],
                                  None if self.biases is None else [b.copy() for b in self.biases],
                                  self.hidden_activation, self.output_activation, self.loss,
                                  self.input_scale, self.dtype)
        net.meta = dict(self.meta)
        return net

    # -- inference -----------------------------------------------------------
    def scale_inputs(self, x):
        """Pixels in [0, 1] -> the range this network was trained on (new array)."""
        x = np.asarray(x, dtype=self.dtype)
        lo, hi = self.input_scale
        if (lo, hi) == (0.0, 1.0):
            return x
        return x * self.dtype.type(hi - lo) + self.dtype.type(lo)

    def forward(self, x):
        """Raw outputs for ``x`` of shape (N, 784), pixels in [0, 1]."""
        x = self._as_batch(x)
        return self._forward(self.scale_inputs(x), training=False)

    def predict_proba(self, x, batch_size=4096):
        """Class probabilities, shape (N, 10), each row summing to 1.

        ``x`` : ndarray, shape (N, 784) or (N, 28, 28), pixels in [0, 1] with
        0 the background. A sigmoid network's ten outputs are independent
        yes/no scores; they are normalised here so that they read as shares.
        """
        x = self._as_batch(x)
        parts = [self.forward(x[i:i + batch_size]) for i in range(0, len(x), batch_size)]
        out = np.concatenate(parts) if parts else np.zeros((0, self.sizes[-1]), self.dtype)
        if self.output.independent:
            out /= np.maximum(out.sum(axis=1, keepdims=True), 1e-12)
        return out

    def predict(self, x):
        """Predicted labels, shape (N,)."""
        return np.argmax(self.predict_proba(x), axis=1)

    def _as_batch(self, x):
        x = np.asarray(x)
        inputs = self.sizes[0]
        if x.ndim == 3 or (x.ndim == 2 and x.shape == (28, 28) and inputs == 784):
            x = x.reshape(-1, x.shape[-1] * x.shape[-2])
        if x.ndim == 1:
            x = x.reshape(1, -1)
        if x.ndim != 2 or x.shape[1] != inputs:
            raise ValueError(f"expected inputs of shape (N, {inputs}), got {x.shape}")
        return x

    def _forward(self, x, training):
        """One forward pass for inputs already scaled; the only one there is."""
        last = len(self.dense) - 1
        for i, dense in enumerate(self.dense):
            out = self._buffer(("z", i), (len(x), dense.fan_out)) if training else None
            x = dense.forward(x, out=out)
            x = self.activations[i].forward(x) if i < last else self.output.forward(x)
        return x

    # -- gradients -------------------------------------------------------------
    def loss_and_gradients(self, x, targets):
        """Forward and backward on a batch; gradients land in ``param.grad``.

        x : ndarray, shape (batch, 784), already scaled (see ``scale_inputs``)
        targets : ndarray, shape (batch, 10), one-hot or soft targets

        Returns ``(loss, predicted labels)``; the predictions come free from the
        forward pass and serve the running training accuracy.
        """
        out = self._forward(x, training=True)
        loss = self.loss.loss(out, targets)
        predicted = np.argmax(out, axis=1)
        self._backward(self.loss.grad(out, targets), input_grad=False)
        return loss, predicted

    def loss_value(self, x, targets):
        """The mean loss on a batch, no gradients; ``x`` already scaled, as above."""
        return self.loss.loss(self._forward(np.asarray(x, self.dtype), training=False), targets)

    def input_gradient(self, x, targets):
        """Gradient of the loss w.r.t. the pixels ``x`` (N, 784) in [0, 1] (unscaled).

        Used by the refined back-query. Overwrites the parameters' ``grad``
        buffers as a side effect, so do not call it on a network mid-training.
        """
        x = self._as_batch(x)
        out = self._forward(self.scale_inputs(x), training=False)
        grad = self._backward(self.loss.grad(out, np.asarray(targets, self.dtype)), input_grad=True)
        lo, hi = self.input_scale
        return grad * (hi - lo)  # chain rule through the input scaling

    def _backward(self, grad, input_grad):
        """Backpropagate ``grad`` (w.r.t. the logits) to every parameter's ``grad``.

        Returns the gradient w.r.t. the network's input when ``input_grad``;
        training does without it, which saves a third of the first layer's
        backward cost.
        """
        for i in range(len(self.dense) - 1, -1, -1):
            if i < len(self.dense) - 1:
                grad = self.activations[i].backward(grad)
            buf = self._buffer(("dx", i), (len(grad), self.dense[i].fan_in)) if i else None
            grad = self.dense[i].backward(grad, out=buf, need_input_grad=i > 0 or input_grad)
        return grad

    def _buffer(self, key, shape):
        buf = self._buffers.get(key)
        if buf is None or buf.shape != shape:
            buf = self._buffers[key] = np.empty(shape, self.dtype)
        return buf
