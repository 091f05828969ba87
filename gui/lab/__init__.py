"""The Lab dock: Deep Learning from Scratch, chapters 3-4, one page per idea."""
