<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationsPage</name>
    <message>
        <source>step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드 함수</translation>
    </message>
    <message>
        <source>overflow encountered in exp</source>
        <translation>exp에서 오버플로 발생</translation>
    </message>
    <message>
        <source>invalid value encountered in divide</source>
        <translation>나눗셈에서 잘못된 값(nan) 발생</translation>
    </message>
    <message>
        <source>A neuron adds up its weighted inputs and passes the sum through an activation function: the step jumps from 0 to 1, the sigmoid (the book&apos;s chapter-3 network) and tanh bend smoothly, ReLU lets positive sums through and stops negative ones. Written as in the book, the sigmoid 1 / (1 + exp(-x)) asks for e&lt;sup&gt;1000&lt;/sup&gt; at x = -1000: that overflows and NumPy warns, although the answer, 0, is fine. Softmax overflows the same way; subtracting the largest input first gives the same probabilities safely.</source>
        <translation>뉴런은 가중치를 곱한 입력을 모두 더하고, 그 합을 활성화 함수에 통과시킵니다. 계단 함수는 0에서 1로 뛰어오르고, 시그모이드 함수(책의 3장 신경망)와 tanh는 부드럽게 휘며, ReLU는 양수인 합은 그대로 통과시키고 음수인 합은 막습니다. 책에 쓰인 대로 시그모이드 함수를 1 / (1 + exp(-x))로 계산하면 x = -1000에서 e&lt;sup&gt;1000&lt;/sup&gt;이 필요합니다. 답은 0으로 문제없지만, 이 값은 오버플로를 일으키고 NumPy가 경고를 냅니다. softmax 함수도 같은 식으로 오버플로가 일어납니다. 가장 큰 입력을 먼저 빼면 같은 확률을 안전하게 얻습니다.</translation>
    </message>
    <message>
        <source>x (the weighted sum)</source>
        <translation>x (입력의 가중합)</translation>
    </message>
    <message>
        <source>x from -R to R, R =</source>
        <translation>x의 범위 -R ~ R, R =</translation>
    </message>
    <message>
        <source>Past R = 709 the naive sigmoid&apos;s exp(-x) overflows</source>
        <translation>R이 709를 넘으면 단순 구현한 시그모이드 함수의 exp(-x)가 오버플로됩니다</translation>
    </message>
    <message>
        <source>softmax of [a, a-10, a-20] with a =</source>
        <translation>[a, a-10, a-20]의 softmax, a =</translation>
    </message>
    <message>
        <source>The book&apos;s example is a = 1010: [1010, 1000, 990]</source>
        <translation>책의 예는 a = 1010, 곧 [1010, 1000, 990]입니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;sigmoid over x in [-{r}, {r}]&lt;/b&gt;: naive 1 / (1 + exp(-x)): {naive}; stable form: {stable}.</source>
        <translation>&lt;b&gt;x ∈ [-{r}, {r}]의 시그모이드 함수&lt;/b&gt;: 단순 구현 1 / (1 + exp(-x)): {naive}; 안정된 형태: {stable}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;softmax of [{a}, {b}, {c}]&lt;/b&gt;:</source>
        <translation>&lt;b&gt;[{a}, {b}, {c}]의 softmax&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>naive exp(a) / sum(exp(a)): {values} {warning}</source>
        <translation>단순 구현 exp(a) / Σexp(a): {values} {warning}</translation>
    </message>
    <message>
        <source>minus the largest first: {values}</source>
        <translation>가장 큰 값을 먼저 빼면: {values}</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>경고 없음</translation>
    </message>
    <message>
        <source>RuntimeWarning: {messages}</source>
        <translation>런타임 경고: {messages}</translation>
    </message>
</context>
<context>
    <name>BackpropPage</name>
    <message>
        <source>Chapter 4 trains its TwoLayerNet (784-50-10, sigmoid, softmax) with the numerical gradient: two loss computations for each of its 39,760 weights and biases, so one gradient takes seconds and the book&apos;s 10,000 training steps would take the better part of a day. Backpropagation (chapter 5) gets the same gradient from one pass forward and one backward, in a fraction of a millisecond. Press Run to compute both for a few training digits and see how far apart they are for each parameter (W1, b1, W2, b2).</source>
        <translation>4장은 TwoLayerNet(784-50-10, 시그모이드 함수, softmax)을 수치 미분으로 구한 기울기로 학습합니다. 가중치와 편향 39,760개 하나하나마다 손실 함수를 두 번씩 계산하므로 기울기 한 번에 몇 초가 걸리고, 책의 학습 10,000번에는 거의 하루가 걸립니다. 오차역전파법(5장)은 순전파 한 번과 역전파 한 번으로 같은 기울기를 1밀리초도 안 되는 시간에 구합니다. 실행을 누르면 훈련 데이터 몇 개로 두 기울기를 모두 계산하고, 매개변수(W1, b1, W2, b2)마다 둘이 얼마나 다른지 보여 줍니다.</translation>
    </message>
    <message>
        <source>largest |numerical - backprop|</source>
        <translation>|수치 미분 - 역전파|의 최댓값</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>숫자 개수</translation>
    </message>
    <message>
        <source>The book&apos;s gradient_check.py takes the first 3 training digits</source>
        <translation>책의 gradient_check.py는 훈련 데이터의 처음 3개를 씁니다</translation>
    </message>
    <message>
        <source>1e-7 inside the log</source>
        <translation>log 안의 1e-7</translation>
    </message>
    <message>
        <source>The book&apos;s loss is -log(y + 1e-7); backprop differentiates -log(y). Untick to compare the gradients of the same function</source>
        <translation>책의 손실 함수는 -log(y + 1e-7)이지만 역전파는 -log(y)를 미분합니다. 같은 함수의 기울기끼리 비교하려면 체크를 해제하세요</translation>
    </message>
    <message>
        <source>Rashid&apos;s learning-rate, hidden-node and epoch experiments:</source>
        <translation>라시드의 학습률·은닉 노드·에폭 실험:</translation>
    </message>
    <message>
        <source>Open the Sweep tab</source>
        <translation>스윕 탭 열기</translation>
    </message>
    <message>
        <source>Train &gt; Sweep: test accuracy against the learning rate, the hidden nodes or the epochs</source>
        <translation>학습 &gt; 스윕: 학습률, 은닉 노드 수, 에폭 수에 따른 시험 데이터 정확도</translation>
    </message>
    <message>
        <source>Press Run: the numerical gradient takes several seconds.</source>
        <translation>실행을 누르세요. 수치 미분으로 기울기를 구하는 데 몇 초 걸립니다.</translation>
    </message>
    <message>
        <source>Computing the numerical gradient, one parameter after another...</source>
        <translation>매개변수를 하나씩 수치 미분하는 중...</translation>
    </message>
    <message>
        <source>Stopped. Press Run to start again.</source>
        <translation>중지했습니다. 다시 시작하려면 실행을 누르세요.</translation>
    </message>
    <message>
        <source>The run failed: {error}</source>
        <translation>실행하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Largest difference: {differences} (with the book&apos;s 1e-7 inside the log, which backprop leaves out: that accounts for most of the difference in W2 and b2).</source>
        <translation>가장 큰 차이: {differences} (책은 log 안에 1e-7을 더하지만 역전파는 이를 빼고 미분합니다. W2와 b2의 차이는 대부분 이 때문입니다).</translation>
    </message>
    <message>
        <source>Largest difference: {differences} (both of the same function: only rounding is left).</source>
        <translation>가장 큰 차이: {differences} (둘 다 같은 함수의 기울기이므로 반올림 오차만 남습니다).</translation>
    </message>
    <message>
        <source>One gradient for {batch} digits: numerically &lt;b&gt;{numerical} s&lt;/b&gt;, by backprop &lt;b&gt;{backprop} ms&lt;/b&gt; ({factor} times faster). The book&apos;s {steps} steps would take {hours} hours numerically.</source>
        <translation>숫자 {batch}개에 대한 기울기 한 번: 수치 미분 &lt;b&gt;{numerical}초&lt;/b&gt;, 오차역전파법 &lt;b&gt;{backprop} ms&lt;/b&gt; ({factor}배 빠름). 책의 학습 {steps}번을 수치 미분으로 하면 {hours}시간이 걸립니다.</translation>
    </message>
</context>
<context>
    <name>Ch3Page</name>
    <message>
        <source>The book&apos;s chapter-3 network (784-50-100-10, sigmoid) comes with trained weights: it reads each of the 10,000 MNIST test digits and gets the share right that the book prints, 0.9352. Read one digit at a time, NumPy spends most of its time on the bookkeeping around each small multiplication; give it 100 digits at once and one big matrix product does the same work many times faster, with exactly the same answers. Press Run to read them all with 1, 10, 100 and 1,000 digits per batch (best of three).</source>
        <translation>책의 3장 신경망(784-50-100-10, 시그모이드 함수)은 학습된 가중치와 함께 제공됩니다. 이 신경망은 MNIST 시험 데이터 10,000개를 하나씩 읽고, 책에 나온 정확도 0.9352만큼 맞힙니다. 숫자를 하나씩 읽으면 NumPy는 작은 곱셈 하나하나를 둘러싼 부수 작업에 시간을 대부분 씁니다. 100개를 한꺼번에 주면 큰 행렬 곱 하나가 같은 일을 몇 배나 빠르게, 답은 완전히 똑같이 해냅니다. 실행을 누르면 배치 크기 1, 10, 100, 1,000으로 모두 읽습니다(세 번 중 가장 빠른 시간).</translation>
    </message>
    <message>
        <source>digits per batch</source>
        <translation>배치 크기(숫자 개수)</translation>
    </message>
    <message>
        <source>seconds for all 10,000</source>
        <translation>10,000개 전체에 걸린 시간(초)</translation>
    </message>
    <message>
        <source>compare one at a time with batches of</source>
        <translation>하나씩 읽기와 비교할 배치 크기:</translation>
    </message>
    <message>
        <source>Press Run: it takes a second or two.</source>
        <translation>실행을 누르세요. 1~2초 걸립니다.</translation>
    </message>
    <message>
        <source>Reading the 10,000 test digits, four ways, three times each...</source>
        <translation>시험 데이터 10,000개를 네 가지 방법으로 세 번씩 읽는 중...</translation>
    </message>
    <message>
        <source>Stopped. Press Run to start again.</source>
        <translation>중지했습니다. 다시 시작하려면 실행을 누르세요.</translation>
    </message>
    <message>
        <source>The run failed: {error}</source>
        <translation>실행하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>the same answers for every batch size</source>
        <translation>배치 크기와 관계없이 답이 같습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;different answers for different batch sizes&lt;/b&gt;</source>
        <translation>&lt;b&gt;배치 크기에 따라 답이 다릅니다&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accuracy on the 10,000 test digits: &lt;b&gt;{accuracy}&lt;/b&gt; (the book: 0.9352)</source>
        <translation>시험 데이터 10,000개에 대한 정확도: &lt;b&gt;{accuracy}&lt;/b&gt; (책: 0.9352)</translation>
    </message>
    <message>
        <source>One at a time {one} s, in batches of {batch} {batched} s: &lt;b&gt;{speed}&lt;/b&gt;, {same}.</source>
        <translation>하나씩 {one}초, {batch}개씩 배치로 {batched}초: &lt;b&gt;{speed}&lt;/b&gt;, {same}.</translation>
    </message>
    <message>
        <source>Slower in batches? Then the cores were busy with other programs: NumPy&apos;s matrix library splits a big product over the cores and waits for each.</source>
        <translation>배치가 더 느린가요? 그렇다면 다른 프로그램이 CPU 코어를 쓰고 있었던 것입니다. NumPy의 행렬 라이브러리는 큰 곱셈을 여러 코어에 나누어 맡기고 각 코어가 끝나기를 기다립니다.</translation>
    </message>
    <message>
        <source>{factor} times faster</source>
        <translation>{factor}배 빠름</translation>
    </message>
    <message>
        <source>{factor} times slower</source>
        <translation>{factor}배 느림</translation>
    </message>
</context>
<context>
    <name>DerivativePage</name>
    <message>
        <source>central, float64</source>
        <translation>중앙 차분, float64</translation>
    </message>
    <message>
        <source>forward, float64</source>
        <translation>전방 차분, float64</translation>
    </message>
    <message>
        <source>central, float32</source>
        <translation>중앙 차분, float32</translation>
    </message>
    <message>
        <source>forward, float32</source>
        <translation>전방 차분, float32</translation>
    </message>
    <message>
        <source>The derivative is the slope over a tiny step h: (f(x+h) - f(x-h)) / 2h, the central difference, or (f(x+h) - f(x)) / h, the forward one. For the book&apos;s f(x) = 0.01x&lt;sup&gt;2&lt;/sup&gt; + 0.1x at x = 5 (exactly 0.2) a smaller h first helps the forward difference (the central one is exact on a quadratic but for rounding), then rounding takes over: once h is too small beside x, x + h is x again and the slope comes out 0. Float32 keeps about 7 digits, float64 about 16, so float32 fails far sooner; np.float32(1e-50) is 0.0.</source>
        <translation>미분은 아주 작은 간격 h에서의 기울기입니다. 중앙 차분은 (f(x+h) - f(x-h)) / 2h, 전방 차분은 (f(x+h) - f(x)) / h입니다. 책의 f(x) = 0.01x&lt;sup&gt;2&lt;/sup&gt; + 0.1x를 x = 5에서 미분하면(정확히 0.2) h를 줄일수록 처음에는 전방 차분이 정확해지지만(중앙 차분은 2차 함수에서는 반올림 오차 말고는 정확합니다), 곧 반올림 오차가 커집니다. h가 x에 비해 너무 작아지면 x + h가 다시 x가 되어 기울기가 0이 됩니다. float32는 약 7자리, float64는 약 16자리를 담으므로 float32가 훨씬 먼저 무너집니다. np.float32(1e-50)은 0.0입니다.</translation>
    </message>
    <message>
        <source>step h</source>
        <translation>간격 h</translation>
    </message>
    <message>
        <source>|numerical - exact| at x = 5</source>
        <translation>x = 5에서 |수치 미분 - 정확한 값|</translation>
    </message>
    <message>
        <source>The step of the difference quotient; the book uses 1e-4</source>
        <translation>차분의 간격입니다. 책은 1e-4를 씁니다</translation>
    </message>
    <message>
        <source>central at x = {x}</source>
        <translation>x = {x}에서 중앙 차분</translation>
    </message>
    <message>
        <source>forward at x = {x}</source>
        <translation>x = {x}에서 전방 차분</translation>
    </message>
    <message>
        <source>With h = {h} (exact: 0.2 at x = 5, 0.3 at x = 10):</source>
        <translation>h = {h}일 때 (정확한 값: x = 5에서 0.2, x = 10에서 0.3):</translation>
    </message>
    <message>
        <source>np.float32(1e-50) = {value}: in float32 such an h is no step at all.</source>
        <translation>np.float32(1e-50) = {value}: float32에서는 이런 h가 아예 간격이 되지 못합니다.</translation>
    </message>
    <message>
        <source>nan (h rounds to 0.0)</source>
        <translation>nan (h가 0.0으로 반올림됨)</translation>
    </message>
</context>
<context>
    <name>DescentPage</name>
    <message>
        <source>Gradient descent steps against the gradient again and again: x &amp;larr; x - lr &amp;times; gradient, here 100 steps from (-3, 4) on f = x0&lt;sup&gt;2&lt;/sup&gt; + x1&lt;sup&gt;2&lt;/sup&gt;. The learning rate lr sets the stride: with 0.1 the path walks into the minimum (0, 0); with 10 every step overshoots further than the last and the numbers blow up (look at the axes); with 1e-10 it barely moves. Training a network is the same walk with many thousands of weights instead of two.</source>
        <translation>경사 하강법은 기울기의 반대 방향으로 거듭 한 걸음씩 나아갑니다: x &amp;larr; x - lr &amp;times; 기울기. 여기서는 f = x0&lt;sup&gt;2&lt;/sup&gt; + x1&lt;sup&gt;2&lt;/sup&gt; 위에서 (-3, 4)부터 100번 나아갑니다. 학습률 lr이 보폭을 정합니다. 0.1이면 경로가 최솟값 (0, 0)으로 걸어 들어가고, 10이면 걸음마다 앞보다 더 멀리 지나쳐 값이 폭발합니다(축을 보세요). 1e-10이면 거의 움직이지 않습니다. 신경망 학습도 같은 걸음입니다. 다만 가중치가 두 개가 아니라 수천 개입니다.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>lr: how far each step goes along minus the gradient</source>
        <translation>lr: 한 걸음에 기울기의 반대 방향으로 얼마나 나아갈지</translation>
    </message>
    <message>
        <source>the book&apos;s:</source>
        <translation>책의 값:</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>lr = {lr}, {steps} steps from (-3, 4): ends at &lt;b&gt;{end}&lt;/b&gt;, where f = {f}</source>
        <translation>lr = {lr}, (-3, 4)에서 {steps}번 나아가 &lt;b&gt;{end}&lt;/b&gt;에 도착, 이때 f = {f}</translation>
    </message>
    <message>
        <source>The numbers overflowed after {steps} steps.</source>
        <translation>{steps}번 나아간 뒤 값이 오버플로되었습니다.</translation>
    </message>
</context>
<context>
    <name>GradientPage</name>
    <message>
        <source>The gradient collects the slopes along every axis: for f(x0, x1) = x0&lt;sup&gt;2&lt;/sup&gt; + x1&lt;sup&gt;2&lt;/sup&gt; it is (2x0, 2x1), here found numerically, one axis at a time. The arrows show minus the gradient, as in the book&apos;s figure: everywhere they point downhill, towards the lowest point (0, 0), and they grow the farther from it they start. Pick a point to see its gradient; the book prints [6, 8] at (3, 4), [0, 4] at (0, 2), [6, 0] at (3, 0).</source>
        <translation>모든 변수의 편미분을 벡터로 모은 것이 기울기입니다. f(x0, x1) = x0&lt;sup&gt;2&lt;/sup&gt; + x1&lt;sup&gt;2&lt;/sup&gt;의 기울기는 (2x0, 2x1)이며, 여기서는 한 축씩 수치 미분으로 구합니다. 화살표는 책의 그림처럼 기울기에 마이너스를 붙인 벡터입니다. 어디서나 내리막, 곧 가장 낮은 곳 (0, 0)을 가리키고, 그곳에서 멀수록 길어집니다. 점을 골라 그 점의 기울기를 보세요. 책은 (3, 4)에서 [6, 8], (0, 2)에서 [0, 4], (3, 0)에서 [6, 0]을 출력합니다.</translation>
    </message>
    <message>
        <source>point (</source>
        <translation>점 (</translation>
    </message>
    <message>
        <source>One of the book&apos;s three points</source>
        <translation>책에 나온 세 점 중 하나</translation>
    </message>
    <message>
        <source>numerical gradient at ({x0}, {x1}): &lt;b&gt;{gradient}&lt;/b&gt; (in full: {g0}, {g1}; exactly ({e0}, {e1}))</source>
        <translation>({x0}, {x1})에서의 수치 기울기: &lt;b&gt;{gradient}&lt;/b&gt; (모든 자릿수: {g0}, {g1}; 정확한 값 ({e0}, {e1}))</translation>
    </message>
    <message>
        <source>The red arrow is minus it, drawn {scale} times its length like the grey ones.</source>
        <translation>빨간 화살표는 이 기울기에 마이너스를 붙인 것으로, 회색 화살표처럼 길이의 {scale}배로 그렸습니다.</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>Activation</source>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Activation functions; the sigmoid&apos;s and softmax&apos;s overflow (chapter 3)</source>
        <translation>활성화 함수, 시그모이드 함수와 softmax의 오버플로 (3장)</translation>
    </message>
    <message>
        <source>Ch. 3 net</source>
        <translation>3장 신경망</translation>
    </message>
    <message>
        <source>The book&apos;s chapter-3 network: accuracy and batch inference (chapter 3.6)</source>
        <translation>책의 3장 신경망: 정확도와 배치 추론 (3.6절)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Sum of squared errors and cross-entropy (chapter 4.2)</source>
        <translation>오차제곱합과 교차 엔트로피 오차 (4.2절)</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>미분</translation>
    </message>
    <message>
        <source>The numerical derivative and its rounding error (chapter 4.3)</source>
        <translation>수치 미분과 반올림 오차 (4.3절)</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>The gradient of x0^2 + x1^2 (chapter 4.4)</source>
        <translation>x0^2 + x1^2의 기울기 (4.4절)</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Gradient descent and the learning rate (chapter 4.4.1)</source>
        <translation>경사 하강법과 학습률 (4.4.1절)</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>The TwoLayerNet&apos;s gradient: numerical against backprop (chapters 4.5 and 5.7)</source>
        <translation>TwoLayerNet의 기울기: 수치 미분 대 오차역전파법 (4.5절, 5.7절)</translation>
    </message>
</context>
<context>
    <name>LossesPage</name>
    <message>
        <source>A loss says in one number how wrong the network&apos;s ten probabilities are; training lowers it. The book&apos;s example is a 2: with 0.6 on the 2, the sum of squared errors is 0.0975 and the cross-entropy -log(0.6 + 1e-7) = 0.5108; with 0.6 on a 7 and 0.1 on the 2 they are 0.5975 and 2.3026. Move the slider: cross-entropy looks only at the right class and punishes a confident mistake far harder, up to -log(1e-7) = 16.1 at 0.</source>
        <translation>손실 함수는 신경망이 낸 열 개의 확률이 얼마나 틀렸는지를 숫자 하나로 나타냅니다. 학습은 이 값을 낮춥니다. 책의 예는 정답이 2입니다. 2에 0.6을 주면 오차제곱합은 0.0975, 교차 엔트로피 오차는 -log(0.6 + 1e-7) = 0.5108이고, 7에 0.6, 2에 0.1을 주면 각각 0.5975와 2.3026입니다. 슬라이더를 움직여 보세요. 교차 엔트로피 오차는 정답 클래스만 보며, 자신 있게 틀린 답을 훨씬 무겁게 벌합니다. 0에서는 -log(1e-7) = 16.1까지 올라갑니다.</translation>
    </message>
    <message>
        <source>probability the network gives the right class (the 2)</source>
        <translation>신경망이 정답 클래스(2)에 준 확률</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>sum of squared errors</source>
        <translation>오차제곱합(SSE)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차(CE)</translation>
    </message>
    <message>
        <source>right class at</source>
        <translation>정답 클래스의 확률</translation>
    </message>
    <message>
        <source>The probability of the right class; the other nine share the rest in the book&apos;s proportions</source>
        <translation>정답 클래스의 확률입니다. 나머지 아홉 클래스는 남은 확률을 책의 예와 같은 비율로 나눕니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;at {p}&lt;/b&gt;: y = {y}</source>
        <translation>&lt;b&gt;{p}일 때&lt;/b&gt;: y = {y}</translation>
    </message>
    <message>
        <source>sum of squared errors {sse}, cross-entropy {ce}</source>
        <translation>오차제곱합 {sse}, 교차 엔트로피 오차 {ce}</translation>
    </message>
    <message>
        <source>&lt;b&gt;the book&apos;s&lt;/b&gt; (as Python prints them): 2 at 0.6: SSE {sse_right}, CE {ce_right}; 7 at 0.6: SSE {sse_wrong}, CE {ce_wrong}</source>
        <translation>&lt;b&gt;책의 값&lt;/b&gt; (Python이 출력하는 그대로): 2에 0.6일 때 SSE {sse_right}, CE {ce_right}; 7에 0.6일 때 SSE {sse_wrong}, CE {ce_wrong}</translation>
    </message>
</context>
<context>
    <name>RunButton</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
</context>
</TS>
