"""Training: recipes (config), the loop and its records, teaching (finetune), metrics."""
