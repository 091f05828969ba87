"""What the recipe form says: every choice as (engine key, text shown, one-sentence
explanation), and the tooltips of the other fields.

Written for a learner of Rashid's Make Your Own Neural Network or Saito's Deep Learning
from Scratch, who meets "ce", "elastic" or "He init" here before anywhere else. The texts
are marked for translation here and translated where shown (``say``).
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def say(text):
    """One of this module's texts in the language of the moment."""
    return QCoreApplication.translate("RecipeTexts", text)


PRESET_CHOICES = [
    ("rashid", QT_TRANSLATE_NOOP("RecipeTexts", "Rashid: sigmoid, SSE"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Make Your Own Neural Network (Tariq Rashid): 784-200-10 "
                       "sigmoid network without biases, squared error, one digit at a time; "
                       "about 97.3%.")),
    ("dlfs", QT_TRANSLATE_NOOP("RecipeTexts", "Saito: TwoLayerNet"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Deep Learning from Scratch (Saito Goki), chapters 4-5: "
                       "784-50-10 sigmoid + softmax, 10,000 iterations of batches of 100; "
                       "about 94.7%.")),
    ("default", QT_TRANSLATE_NOOP("RecipeTexts", "Default (fast, robust)"),
     QT_TRANSLATE_NOOP("RecipeTexts", "This app's recipe for the bundled model: two ReLU layers "
                       "of 512, every modern trick, and extra mouse-like strokes; about 99.3%.")),
    (None, QT_TRANSLATE_NOOP("RecipeTexts", "Custom"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Your own recipe: any field you edit lands here.")),
]

ACTIVATIONS = [
    ("relu", QT_TRANSLATE_NOOP("RecipeTexts", "ReLU"),
     QT_TRANSLATE_NOOP("RecipeTexts", "ReLU passes a positive signal through unchanged and "
                       "turns a negative one into 0; deep networks train fast with it.")),
    ("sigmoid", QT_TRANSLATE_NOOP("RecipeTexts", "sigmoid"),
     QT_TRANSLATE_NOOP("RecipeTexts", "The sigmoid squashes any signal into 0..1 along a smooth "
                       "S-curve, as both books begin.")),
    ("tanh", QT_TRANSLATE_NOOP("RecipeTexts", "tanh"),
     QT_TRANSLATE_NOOP("RecipeTexts", "tanh is an S-curve like the sigmoid, but centred on 0 "
                       "and squashing into -1..1.")),
]

LOSSES = [
    ("ce", QT_TRANSLATE_NOOP("RecipeTexts", "cross-entropy"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Cross-entropy (ce): softmax turns the 10 outputs into "
                       "probabilities that add up to 1, and the loss is minus the log of the "
                       "probability given to the right digit; targets are 0 and 1.")),
    ("sse", QT_TRANSLATE_NOOP("RecipeTexts", "squared error"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Squared error (sse): each of the 10 outputs is its own "
                       "sigmoid, pulled toward 0.99 for the right digit and 0.01 for the others, "
                       "since a sigmoid never reaches 0 or 1 (Rashid).")),
]

OPTIMIZERS = [
    ("sgd", QT_TRANSLATE_NOOP("RecipeTexts", "SGD"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Stochastic gradient descent: after every batch, move "
                       "each weight against its gradient, scaled by the learning rate.")),
    ("momentum", QT_TRANSLATE_NOOP("RecipeTexts", "momentum SGD"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Momentum: each step keeps 90% of the previous one and "
                       "adds the new gradient step, so progress builds up speed where the "
                       "gradient keeps pointing the same way.")),
    ("adam", QT_TRANSLATE_NOOP("RecipeTexts", "Adam"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Adam gives every weight its own step size from running "
                       "averages of its gradient and squared gradient; it wants a small "
                       "learning rate such as 0.001.")),
]

INITS = [
    ("he", QT_TRANSLATE_NOOP("RecipeTexts", "He"),
     QT_TRANSLATE_NOOP("RecipeTexts", "He init: random normal weights with spread "
                       "sqrt(2 / inputs), sized so that ReLU layers keep the signal's strength.")),
    ("xavier", QT_TRANSLATE_NOOP("RecipeTexts", "Xavier"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Xavier (Glorot) init: spread sqrt(2 / (inputs + "
                       "outputs)), suited to sigmoid and tanh layers.")),
    ("rashid", QT_TRANSLATE_NOOP("RecipeTexts", "Rashid: 1/√inputs"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Rashid's book: normal weights with spread "
                       "1 / sqrt(inputs), numpy's normal(0, pow(inodes, -0.5)).")),
    ("book", QT_TRANSLATE_NOOP("RecipeTexts", "book: 0.01 x randn"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Deep Learning from Scratch: weight_init_std = 0.01 times "
                       "randn, the same small spread in every layer.")),
]

INPUT_SCALES = [
    ("0.0,1.0", QT_TRANSLATE_NOOP("RecipeTexts", "0 to 1"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Pixels divided by 255: paper is 0, full ink is 1.")),
    ("0.01,1.0", QT_TRANSLATE_NOOP("RecipeTexts", "0.01 to 1 (Rashid)"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Rashid's scaling: pixels mapped to 0.01..1.0, so no "
                       "input is exactly 0 (a zero input never changes its weights).")),
]

SCHEDULES = [
    ("constant", QT_TRANSLATE_NOOP("RecipeTexts", "constant"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Constant: the learning rate stays the same for the "
                       "whole run.")),
    ("cosine", QT_TRANSLATE_NOOP("RecipeTexts", "cosine decay"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Cosine schedule: the learning rate glides from its full "
                       "value down to 0 along half a cosine wave: big steps early, fine steps "
                       "at the end.")),
]

AUGMENTATIONS = [
    ("none", QT_TRANSLATE_NOOP("RecipeTexts", "none"),
     QT_TRANSLATE_NOOP("RecipeTexts", "No augmentation: the network sees the digits exactly as "
                       "MNIST has them.")),
    ("rotate", QT_TRANSLATE_NOOP("RecipeTexts", "rotate +-10°"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Rotate: each digit is turned by a random angle of up to "
                       "10 degrees either way (Rashid's book).")),
    ("affine", QT_TRANSLATE_NOOP("RecipeTexts", "affine warp"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Affine: a random straight-line warp of each digit "
                       "(rotation, scale, aspect, shear and shift); straight strokes stay "
                       "straight.")),
    ("elastic", QT_TRANSLATE_NOOP("RecipeTexts", "elastic warp"),
     QT_TRANSLATE_NOOP("RecipeTexts", "Elastic: the affine warp plus a smooth random wobble of "
                       "the strokes (Simard's elastic distortion), as if another hand had "
                       "written the digit.")),
]

TIPS = {
    "hidden": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Hidden layer sizes, comma separated, e.g. 200 or 512,512. The input "
        "layer (784 pixels) and the output layer (10 digits) are always there."),
    "lr": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Learning rate: how far each step moves the weights along the gradient. "
        "Too big and the loss blows up; too small and learning crawls."),
    "batch": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Mini-batch size: how many digits are averaged into one gradient step "
        "(1: one digit at a time, as Rashid)."),
    "epochs": QT_TRANSLATE_NOOP("RecipeTexts", "Epochs: passes over the whole training set."),
    "epochs_by_iterations": QT_TRANSLATE_NOOP(
        "RecipeTexts", "This recipe counts iterations (batches) instead of epochs: "
        "{iterations:,} batches of {batch:,} = {passes:.1f} passes over 60,000 MNIST digits. "
        "Set Iterations to 'off' to count epochs."),
    "iterations": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Iterations: train exactly this many batches instead of whole epochs, "
        "as Deep Learning from Scratch counts them. 'off': count epochs."),
    "seed": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Random seed: the same seed gives the same initial weights, shuffling "
        "and augmentation, so the same run."),
    "bias": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Biases: a learned number added to every neuron's input, letting it "
        "fire without any input. Rashid's network has none, only weights."),
    "outputs": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Set by the loss. Cross-entropy needs softmax outputs and targets of 0 "
        "and 1; squared error uses sigmoid outputs aimed at 0.01 and 0.99, because a sigmoid "
        "never reaches 0 or 1 (Rashid)."),
    "smoothing": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Label smoothing: aim a little below 1 for the right digit and a little "
        "above 0 for the others (0.1: 0.91 and 0.01), so the network never grows "
        "overconfident."),
    "decay": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Weight decay (L2): every step also pulls each weight a little toward 0 "
        "(gradient + L2 x weight); smaller weights tend to generalise better. Biases are left "
        "alone. 0: off."),
    "warmup": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Warm-up: the learning rate grows from almost 0 to its full value over "
        "this many epochs, so the first large, random gradients don't throw the network off."),
    "fraction": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Share of every batch that is augmented; the rest are MNIST digits as "
        "they are."),
    "thickness": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Share of the augmented digits whose strokes are made thicker or "
        "thinner, because a mouse pen rarely matches the pen widths in MNIST."),
    "strokes": QT_TRANSLATE_NOOP(
        "RecipeTexts", "Stroke set: 15,000 MNIST training digits redrawn as uniform pen "
        "strokes, like mouse drawings, added to the training data this many times."),
    "details": QT_TRANSLATE_NOOP(
        "RecipeTexts", "The settings presets rarely change: initial weights, biases, input and "
        "target scaling, label smoothing, weight decay, schedule, augmentation details and "
        "extra data."),
}

# The form's choice fields: attribute -> (choices, the lead sentence of its tooltip).
COMBOS = {
    "preset": (PRESET_CHOICES, QT_TRANSLATE_NOOP(
        "RecipeTexts", "A recipe from the books, ours, or your own.")),
    "activation": (ACTIVATIONS, QT_TRANSLATE_NOOP(
        "RecipeTexts", "What each hidden neuron does to its summed input.")),
    "loss": (LOSSES, QT_TRANSLATE_NOOP(
        "RecipeTexts", "How wrong an answer is, which decides the output layer.")),
    "optimizer": (OPTIMIZERS, QT_TRANSLATE_NOOP(
        "RecipeTexts", "How the gradients become weight changes.")),
    "augment": (AUGMENTATIONS, QT_TRANSLATE_NOOP(
        "RecipeTexts", "Random changes to the training digits, so the network learns shapes "
        "rather than exact pixels.")),
    "init": (INITS, QT_TRANSLATE_NOOP(
        "RecipeTexts", "How the weights are drawn before training.")),
    "input_scale": (INPUT_SCALES, QT_TRANSLATE_NOOP(
        "RecipeTexts", "The range the 0..255 pixels are mapped to.")),
    "schedule": (SCHEDULES, QT_TRANSLATE_NOOP(
        "RecipeTexts", "How the learning rate changes during the run.")),
}
# The form's other fields: attribute -> key of their tooltip in TIPS (the epochs' depends
# on the iterations: the form says it).
FIELD_TIPS = {"hidden": "hidden", "lr": "lr", "batch": "batch", "iterations": "iterations",
              "bias": "bias", "outputs": "outputs", "smoothing": "smoothing",
              "weight_decay": "decay", "warmup": "warmup", "augment_fraction": "fraction",
              "thickness": "thickness", "strokes": "strokes", "seed": "seed",
              "details_toggle": "details"}
