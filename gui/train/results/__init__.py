"""What a run leaves to look at: the live curves, the confusion matrix, the mistakes."""
