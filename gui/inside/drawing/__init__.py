"""The "Your drawing" page of Look inside: the network's layers and the deciding pixels, live.

``page.DrawingPage`` follows the Reader's every reading; it shows the
activation view (every layer's units, a unit's incoming weights), the
saliency view (which pixels pushed toward the answer) and the forward pass
in the book's notation.
"""
