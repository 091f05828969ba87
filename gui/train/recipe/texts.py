"""What the recipe form says: every choice as (engine key, text shown, one-sentence
explanation), and the tooltips of the other fields.

Written for a learner of Rashid's Make Your Own Neural Network or Saito's Deep Learning
from Scratch, who meets "ce", "elastic" or "He init" here before anywhere else.
"""

PRESET_CHOICES = [
    ("rashid", "Rashid: sigmoid, SSE",
     "Make Your Own Neural Network (Tariq Rashid): 784-200-10 sigmoid network without biases, "
     "squared error, one digit at a time; about 97.3%."),
    ("dlfs", "Saito: TwoLayerNet",
     "Deep Learning from Scratch (Saito Goki), chapters 4-5: 784-50-10 sigmoid + softmax, "
     "10,000 iterations of batches of 100; about 94.7%."),
    ("default", "Default (fast, robust)",
     "This app's recipe for the bundled model: two ReLU layers of 512, every modern trick, "
     "and extra mouse-like strokes; about 99.3%."),
    (None, "Custom", "Your own recipe: any field you edit lands here."),
]

ACTIVATIONS = [
    ("relu", "ReLU",
     "ReLU passes a positive signal through unchanged and turns a negative one into 0; "
     "deep networks train fast with it."),
    ("sigmoid", "sigmoid",
     "The sigmoid squashes any signal into 0..1 along a smooth S-curve, as both books begin."),
    ("tanh", "tanh",
     "tanh is an S-curve like the sigmoid, but centred on 0 and squashing into -1..1."),
]

LOSSES = [
    ("ce", "cross-entropy",
     "Cross-entropy (ce): softmax turns the 10 outputs into probabilities that add up to 1, and "
     "the loss is minus the log of the probability given to the right digit; targets are 0 and 1."),
    ("sse", "squared error",
     "Squared error (sse): each of the 10 outputs is its own sigmoid, pulled toward 0.99 for the "
     "right digit and 0.01 for the others, since a sigmoid never reaches 0 or 1 (Rashid)."),
]

OPTIMIZERS = [
    ("sgd", "SGD",
     "Stochastic gradient descent: after every batch, move each weight against its gradient, "
     "scaled by the learning rate."),
    ("momentum", "momentum SGD",
     "Momentum: each step keeps 90% of the previous one and adds the new gradient step, so "
     "progress builds up speed where the gradient keeps pointing the same way."),
    ("adam", "Adam",
     "Adam gives every weight its own step size from running averages of its gradient and "
     "squared gradient; it wants a small learning rate such as 0.001."),
]

INITS = [
    ("he", "He", "He init: random normal weights with spread sqrt(2 / inputs), sized so that "
                 "ReLU layers keep the signal's strength."),
    ("xavier", "Xavier", "Xavier (Glorot) init: spread sqrt(2 / (inputs + outputs)), suited to "
                         "sigmoid and tanh layers."),
    ("rashid", "Rashid: 1/\N{SQUARE ROOT}inputs",
     "Rashid's book: normal weights with spread 1 / sqrt(inputs), numpy's "
     "normal(0, pow(inodes, -0.5))."),
    ("book", "book: 0.01 x randn",
     "Deep Learning from Scratch: weight_init_std = 0.01 times randn, the same small spread "
     "in every layer."),
]

INPUT_SCALES = [
    ("0.0,1.0", "0 to 1", "Pixels divided by 255: paper is 0, full ink is 1."),
    ("0.01,1.0", "0.01 to 1 (Rashid)",
     "Rashid's scaling: pixels mapped to 0.01..1.0, so no input is exactly 0 (a zero input "
     "never changes its weights)."),
]

SCHEDULES = [
    ("constant", "constant", "Constant: the learning rate stays the same for the whole run."),
    ("cosine", "cosine decay",
     "Cosine schedule: the learning rate glides from its full value down to 0 along half a "
     "cosine wave: big steps early, fine steps at the end."),
]

AUGMENTATIONS = [
    ("none", "none", "No augmentation: the network sees the digits exactly as MNIST has them."),
    ("rotate", "rotate +-10\N{DEGREE SIGN}",
     "Rotate: each digit is turned by a random angle of up to 10 degrees either way "
     "(Rashid's book)."),
    ("affine", "affine warp",
     "Affine: a random straight-line warp of each digit (rotation, scale, aspect, shear "
     "and shift); straight strokes stay straight."),
    ("elastic", "elastic warp",
     "Elastic: the affine warp plus a smooth random wobble of the strokes (Simard's elastic "
     "distortion), as if another hand had written the digit."),
]

TIPS = {
    "hidden": "Hidden layer sizes, comma separated, e.g. 200 or 512,512. The input layer (784 "
              "pixels) and the output layer (10 digits) are always there.",
    "lr": "Learning rate: how far each step moves the weights along the gradient. Too big "
          "and the loss blows up; too small and learning crawls.",
    "batch": "Mini-batch size: how many digits are averaged into one gradient step "
             "(1: one digit at a time, as Rashid).",
    "epochs": "Epochs: passes over the whole training set.",
    "epochs_by_iterations": "This recipe counts iterations (batches) instead of epochs: "
                            "{iterations:,} batches of {batch:,} = {passes:.1f} passes over "
                            "60,000 MNIST digits. Set Iterations to 'off' to count epochs.",
    "iterations": "Iterations: train exactly this many batches instead of whole epochs, as "
                  "Deep Learning from Scratch counts them. 'off': count epochs.",
    "seed": "Random seed: the same seed gives the same initial weights, shuffling and "
            "augmentation, so the same run.",
    "bias": "Biases: a learned number added to every neuron's input, letting it fire "
            "without any input. Rashid's network has none, only weights.",
    "outputs": "Set by the loss. Cross-entropy needs softmax outputs and targets of 0 and 1; "
               "squared error uses sigmoid outputs aimed at 0.01 and 0.99, because a sigmoid "
               "never reaches 0 or 1 (Rashid).",
    "smoothing": "Label smoothing: aim a little below 1 for the right digit and a little above "
                 "0 for the others (0.1: 0.91 and 0.01), so the network never grows "
                 "overconfident.",
    "decay": "Weight decay (L2): every step also pulls each weight a little toward 0 "
             "(gradient + L2 x weight); smaller weights tend to generalise better. Biases are "
             "left alone. 0: off.",
    "warmup": "Warm-up: the learning rate grows from almost 0 to its full value over this many "
              "epochs, so the first large, random gradients don't throw the network off.",
    "fraction": "Share of every batch that is augmented; the rest are MNIST digits as they are.",
    "thickness": "Share of the augmented digits whose strokes are made thicker or thinner, "
                 "because a mouse pen rarely matches the pen widths in MNIST.",
    "strokes": "Stroke set: 15,000 MNIST training digits redrawn as uniform pen strokes, like "
               "mouse drawings, added to the training data this many times.",
    "details": "The settings presets rarely change: initial weights, biases, input and target "
               "scaling, label smoothing, weight decay, schedule, augmentation details and "
               "extra data.",
}
