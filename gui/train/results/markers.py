"""How train and test are told apart on every plot: colour and marker shape both, so
that they differ in grey print and for colour-blind eyes too."""
TRAIN_COLOUR = (230, 120, 30)  # orange circles: the clean training digits
TEST_COLOUR = (30, 140, 60)  # green squares: the test digits
TRAIN_SYMBOL = "o"
TEST_SYMBOL = "s"
TRAIN_NAME = "train (clean)"
TEST_NAME = "test"
FAILED_COLOUR = "#c0392b"
