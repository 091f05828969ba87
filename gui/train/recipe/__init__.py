"""The Recipe tab: the recipe form (every setting, with its words) and the training data."""
