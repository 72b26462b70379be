"""The meter: TTFT/TPOT of streamed and non-streamed answers, and the engine's timing kept from clients."""

from gateway.streaming import StreamMeter, engine_timing


class Clock:
    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_a_full_answer_has_its_first_token_at_arrival_less_the_engines_generation_time():
    clock = Clock(10.0)
    meter = StreamMeter(start=8.0, clock=clock)
    answer = {"object": "chat.completion", "choices": [{"index": 0}], "metrics": {"generation_time_ms": 1500.0},
              "usage": {"prompt_tokens": 5, "completion_tokens": 4}}
    meter.on_response(answer)
    assert meter.ttft_s == 0.5 and meter.tpot_s == 0.5
    assert answer["metrics"] is None    # the key stays, as vLLM's response always has it; the timing goes


def test_without_the_engines_timing_a_full_answer_has_no_ttft():
    meter = StreamMeter(start=0.0, clock=Clock(2.0))
    meter.on_response({"choices": [], "usage": {"completion_tokens": 3}})
    assert meter.ttft_s is None and meter.tpot_s is None


def test_the_engines_timing_never_puts_the_first_token_before_the_request_arrived():
    meter = StreamMeter(start=1.0, clock=Clock(2.0))
    meter.on_response({"choices": [], "metrics": {"generation_time_ms": 5000.0}, "usage": {"completion_tokens": 3}})
    assert meter.ttft_s == 0.0


def test_a_chunk_loses_the_engines_timing_entirely():
    chunk = {"object": "chat.completion.chunk", "choices": [], "usage": {"completion_tokens": 3},
             "metrics": {"generation_time_ms": 2.0}}
    StreamMeter(start=0.0, clock=Clock()).on_chunk(chunk)
    assert "metrics" not in chunk
    assert engine_timing({"choices": []}) is None
