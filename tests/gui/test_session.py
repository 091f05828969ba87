"""The session owns the model: one signal for every change, the path kept only where it should be."""
import pytest

import engine
from gui.session import Session


@pytest.fixture
def session(qapp):
    return Session()


def test_every_new_model_is_announced_with_where_it_came_from(session, tmp_path):
    seen = []
    session.changed.connect(lambda net, origin: seen.append((net, origin)))
    net = engine.Network([784, 8, 10])
    session.set_model(net, tmp_path / "a.npz", origin="file")
    assert seen == [(net, "file")] and session.path.name == "a.npz" and not session.dirty
    assert session.name() == "a.npz"


def test_a_taught_model_keeps_its_file_but_a_trained_one_does_not(session, tmp_path):
    session.set_model(engine.Network([784, 8, 10]), tmp_path / "a.npz", origin="file")
    session.set_model(engine.Network([784, 8, 10]), None, dirty=True, origin="teaching")
    assert session.path.name == "a.npz" and session.dirty
    session.set_model(engine.Network([784, 8, 10]), None, dirty=True, origin="training")
    assert session.path is None


def test_saving_clears_the_dirty_flag_without_a_new_model(session, tmp_path):
    session.set_model(engine.Network([784, 8, 10]), None, dirty=True, origin="training")
    changed, state = [], []
    session.changed.connect(lambda *a: changed.append(a))
    session.stateChanged.connect(lambda: state.append(1))
    session.mark_saved(tmp_path / "b.npz")
    assert not session.dirty and session.name() == "b.npz" and not changed and state


def test_an_unknown_origin_is_refused(session):
    with pytest.raises(ValueError):
        session.set_model(engine.Network([784, 8, 10]), origin="elsewhere")
