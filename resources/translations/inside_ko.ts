<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationView</name>
    <message>
        <source>Layer {layer}: {n} {kind}</source>
        <translation>{layer}층: {kind} {n}개</translation>
    </message>
    <message>
        <source>{active} active; yellow {top}</source>
        <translation>{active}개 활성, 노랑 {top}</translation>
    </message>
    <message>
        <source>blue -1, red 1</source>
        <translation>파랑 -1, 빨강 1</translation>
    </message>
    <message>
        <source>{above} above 0.5</source>
        <translation>0.5 초과 {above}개</translation>
    </message>
    <message>
        <source>Output: the ten probabilities (softmax)</source>
        <translation>출력층: 열 개의 확률(softmax)</translation>
    </message>
    <message>
        <source>Output: ten sigmoids, as shares of their sum</source>
        <translation>출력층: sigmoid 열 개, 합에 대한 비율</translation>
    </message>
    <message>
        <source>Every unit of every layer, coloured by its output for your drawing (black 0, yellow the layer&apos;s largest, or 1 for sigmoid units; tanh units blue -1 to red 1); the five strongest of each layer are outlined in cyan. Point at a unit, or click it to keep it, to see its incoming weights, its input sum and its output.</source>
        <translation>모든 층의 모든 뉴런을 여러분의 그림에 대한 출력으로 색칠했습니다(검정 0, 노랑은 그 층의 최댓값, sigmoid 뉴런은 1, tanh 뉴런은 파랑 -1부터 빨강 1까지). 층마다 가장 강한 다섯 개는 청록색 테두리입니다. 뉴런을 가리키거나 클릭해 고정하면 들어오는 가중치, 입력 합, 출력을 봅니다.</translation>
    </message>
</context>
<context>
    <name>BackqueryDialog</name>
    <message>
        <source>Back-query of {digit} ({mode})</source>
        <translation>{digit}의 역질의 ({mode})</translation>
    </message>
    <message>
        <source>The network&apos;s confidence that this is a {digit}: {share}</source>
        <translation>신경망이 이것을 {digit}(으)로 보는 확신: {share}</translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation>PNG로 저장...</translation>
    </message>
    <message>
        <source>Save this image (28x28, enlarged 10 times)</source>
        <translation>이 이미지를 저장합니다(28x28, 10배 확대).</translation>
    </message>
    <message>
        <source>Save back-query</source>
        <translation>역질의 저장</translation>
    </message>
</context>
<context>
    <name>BackqueryModes</name>
    <message>
        <source>Rashid&apos;s recipe: the label run backwards through the inverted layers, pixel by pixel; mostly grey static on a deep network.</source>
        <translation>라시드의 방법: 정답 레이블을 역함수로 뒤집은 층들에 거꾸로 통과시켜 픽셀 하나하나를 구합니다. 깊은 신경망에서는 대부분 회색 잡음이 됩니다.</translation>
    </message>
    <message>
        <source>The picture searched for among real handwriting (the mean MNIST digit and its main ways of varying) until the network reads it as the label.</source>
        <translation>실제 손글씨 안에서(MNIST 숫자의 평균과 그 주된 변화 방향) 신경망이 그 레이블로 읽을 때까지 찾은 그림입니다.</translation>
    </message>
    <message>
        <source>The picture searched for on free pixels until the network reads it as the label: what fools the network, mostly speckle no person reads.</source>
        <translation>제약 없는 픽셀에서 신경망이 그 레이블로 읽을 때까지 찾은 그림입니다. 신경망을 속이는 그림으로, 대부분 사람은 읽을 수 없는 얼룩입니다.</translation>
    </message>
    <message>
        <source>classic (Rashid)</source>
        <translation>고전 (라시드)</translation>
    </message>
    <message>
        <source>refined</source>
        <translation>개선</translation>
    </message>
    <message>
        <source>unconstrained (fooling images)</source>
        <translation>제약 없음 (속이는 이미지)</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>고전</translation>
    </message>
    <message>
        <source>unconstrained</source>
        <translation>제약 없음</translation>
    </message>
</context>
<context>
    <name>BackqueryView</name>
    <message>
        <source>Under each image: the network&apos;s confidence that it shows its label, not how legible it is to you. Fooling images: the network is {share} sure the 3 is a 3; you are not.</source>
        <translation>각 이미지 아래: 그 이미지가 자기 레이블이라는 신경망의 확신입니다. 여러분이 얼마나 알아볼 수 있는지가 아닙니다. 속이는 이미지: 신경망은 3이 3이라고 {share} 확신하지만, 여러분은 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Under each image: the network&apos;s confidence that it shows its label, not how legible it is to you.</source>
        <translation>각 이미지 아래: 그 이미지가 자기 레이블이라는 신경망의 확신입니다. 여러분이 얼마나 알아볼 수 있는지가 아닙니다.</translation>
    </message>
    <message>
        <source>What the network imagines for each label: the label run backwards through the network (Rashid&apos;s back-query). Click one to enlarge it.</source>
        <translation>신경망이 각 레이블에 대해 떠올리는 그림: 레이블을 신경망에 거꾸로 통과시킨 것입니다(라시드의 역질의). 하나를 클릭하면 크게 봅니다.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>방식:</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>컬러</translation>
    </message>
    <message>
        <source>Show the images in colour (inferno) instead of Rashid&apos;s greys</source>
        <translation>라시드의 회색조 대신 컬러(인페르노 색 지도)로 이미지를 보여 줍니다.</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>계산 중...</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Colour bar: pixel values {low} to {high}, one range shared by all ten images: the display stretches none of them.</source>
        <translation>색 막대: 픽셀 값 {low}~{high}. 열 개의 이미지가 모두 같은 범위를 씁니다. 어느 이미지도 따로 늘려 보여 주지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DrawingPage</name>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Draw a digit on the canvas.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Here you will watch every layer of the network light up for your drawing, see which of your pixels pushed it toward its answer, and follow the forward pass in numbers.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;캔버스에 숫자를 그리세요.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;여기서 여러분의 그림에 신경망의 각 층이 어떻게 반응하는지 보고, 어떤 픽셀이 답 쪽으로 밀었는지 확인하고, 순전파를 숫자로 따라갈 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The forward pass for your drawing in the book&apos;s notation, for checking by hand; select and copy any of it.</source>
        <translation>여러분의 그림에 대한 순전파를 책의 표기법으로 보여 줍니다. 손으로 확인해 보세요. 어느 부분이든 선택해 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing to show for this network: {problem}</source>
        <translation>이 신경망은 보여 줄 수 없습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>FormationStrip</name>
    <message>
        <source>Watch it form: the back-query of</source>
        <translation>형성 과정 보기: 숫자</translation>
    </message>
    <message>
        <source>by epoch</source>
        <translation>의 에폭별 역질의</translation>
    </message>
    <message>
        <source>During a training run with &apos;Use on canvas after each epoch&apos; on: the chosen label&apos;s back-query a few times in epoch 1 and after every epoch</source>
        <translation>&apos;에폭마다 캔버스에 사용&apos;을 켜고 학습하는 동안: 고른 레이블의 역질의를 첫 에폭 중에 몇 번, 그 뒤로는 에폭마다 보여 줍니다.</translation>
    </message>
    <message>
        <source>Train with &apos;Use on canvas after each epoch&apos; on to fill this strip.</source>
        <translation>&apos;에폭마다 캔버스에 사용&apos;을 켜고 학습하면 이 줄이 채워집니다.</translation>
    </message>
</context>
<context>
    <name>ForwardPass</name>
    <message>
        <source>your drawing, 784 pixels in 0..1 ({inked} inked)</source>
        <translation>여러분의 그림, 0..1 범위의 픽셀 784개(잉크 {inked}개)</translation>
    </message>
    <message>
        <source>your 784 pixels p (0..1), scaled as in training</source>
        <translation>여러분의 픽셀 784개 p(0..1)를 학습 때처럼 변환</translation>
    </message>
    <message>
        <source>{n} sums, {low} to {high}</source>
        <translation>합 {n}개, {low}~{high}</translation>
    </message>
    <message>
        <source>{active} of {n} units active ({z} &gt; 0)</source>
        <translation>뉴런 {n}개 중 {active}개 활성({z} &gt; 0)</translation>
    </message>
    <message>
        <source>{low} to {high}, mean {mean}</source>
        <translation>{low}~{high}, 평균 {mean}</translation>
    </message>
    <message>
        <source>ten scores, the largest {formula}</source>
        <translation>점수 열 개, 최댓값 {formula}</translation>
    </message>
    <message>
        <source>it reads {digit} ({share})</source>
        <translation>{digit}(으)로 읽음({share})</translation>
    </message>
    <message>
        <source>The score of {label}, term by term: {formula}</source>
        <translation>{label}의 점수를 항별로: {formula}</translation>
    </message>
    <message>
        <source>the other {n} terms</source>
        <translation>나머지 {n}개 항</translation>
    </message>
    <message>
        <source>shown as a share of the ten outputs (sum {total}): {share}</source>
        <translation>출력 열 개의 합(합 {total})에 대한 비율로 표시: {share}</translation>
    </message>
</context>
<context>
    <name>GradientCheckView</name>
    <message>
        <source>A small float64 copy of the current architecture (784-16-10, same activations and loss) on 3 test digits: each parameter&apos;s gradient by central differences (h = 1e-4) against backpropagation.</source>
        <translation>현재 구조를 작게 줄인 float64 사본(784-16-10, 같은 활성화 함수와 손실 함수)으로 시험 데이터 숫자 3개에 대해: 각 매개변수의 기울기를 중심 차분 수치 미분(h = 1e-4)과 오차역전파법으로 구해 비교합니다.</translation>
    </message>
    <message>
        <source>Run gradient check</source>
        <translation>기울기 확인 실행</translation>
    </message>
    <message>
        <source>Compute numerical gradients and compare (takes a second or two)</source>
        <translation>수치 미분으로 기울기를 구해 비교합니다(1~2초 걸립니다).</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>확인 중...</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>실패했습니다: {error}</translation>
    </message>
    <message>
        <source>largest relative error {error}: backprop agrees with the numerical gradient.</source>
        <translation>최대 상대 오차 {error}: 역전파가 수치 미분 기울기와 일치합니다.</translation>
    </message>
    <message>
        <source>largest relative error {error}: backprop and the numerical gradient DISAGREE.</source>
        <translation>최대 상대 오차 {error}: 역전파와 수치 미분 기울기가 일치하지 않습니다!</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <source>Your drawing</source>
        <translation>내 그림</translation>
    </message>
    <message>
        <source>Back-query</source>
        <translation>역질의</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>첫 번째 층 가중치</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
</context>
<context>
    <name>SaliencyView</name>
    <message>
        <source>Why a {label}? It reads {label} ({share}).</source>
        <translation>왜 {label}일까요? {label}(으)로 읽습니다({share}).</translation>
    </message>
    <message>
        <source>Why not a {label}? It reads {predicted}; {label} gets {share}.</source>
        <translation>왜 {label}이(가) 아닐까요? {predicted}(으)로 읽고, {label}은(는) {share}입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style=&apos;color:{toward_colour}&apos;&gt;Red&lt;/span&gt;&lt;/b&gt; pixels push the score of {label} up, &lt;b&gt;&lt;span style=&apos;color:{against_colour}&apos;&gt;blue&lt;/span&gt;&lt;/b&gt; ones down: each is its value times the score&apos;s slope along it (reds sum to {toward}, blues to {against}; strongest {strongest}).</source>
        <translation>&lt;b&gt;&lt;span style=&apos;color:{toward_colour}&apos;&gt;빨간&lt;/span&gt;&lt;/b&gt; 픽셀은 {label}의 점수를 올리고, &lt;b&gt;&lt;span style=&apos;color:{against_colour}&apos;&gt;파란&lt;/span&gt;&lt;/b&gt; 픽셀은 내립니다. 각각은 픽셀 값에 그 방향의 점수 기울기를 곱한 것입니다(빨강 합 {toward}, 파랑 합 {against}, 최대 {strongest}).</translation>
    </message>
    <message>
        <source>Each pixel&apos;s value times how much the class&apos;s score (its output unit&apos;s input, before softmax or sigmoid) rises per unit of that pixel. Red pixels push toward the class, blue ones against it; the stronger the colour, the bigger the push (square-root scale of the strongest).</source>
        <translation>각 픽셀 값에, 그 픽셀이 1 늘 때 클래스 점수(softmax나 sigmoid 전의 출력 뉴런 입력)가 얼마나 오르는지를 곱했습니다. 빨간 픽셀은 그 클래스 쪽으로, 파란 픽셀은 반대쪽으로 밉니다. 색이 진할수록 크게 밉니다(최댓값 기준 제곱근 눈금).</translation>
    </message>
    <message>
        <source>Pixels for:</source>
        <translation>픽셀 설명:</translation>
    </message>
    <message>
        <source>Explain the network&apos;s answer, or ask why it did not read another digit</source>
        <translation>신경망의 답을 설명하거나, 왜 다른 숫자로 읽지 않았는지 물어봅니다.</translation>
    </message>
    <message>
        <source>its answer</source>
        <translation>신경망의 답</translation>
    </message>
    <message>
        <source>why not a {digit}?</source>
        <translation>왜 {digit}이(가) 아닐까?</translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation>캔버스에 표시</translation>
    </message>
    <message>
        <source>Paint these colours over your drawing itself, mapped back through the preprocessing</source>
        <translation>이 색을 전처리를 거꾸로 따라가 여러분의 그림 위에 직접 칠합니다.</translation>
    </message>
</context>
<context>
    <name>UnitDetail</name>
    <message>
        <source>784 weights: red +, blue -</source>
        <translation>가중치 784개: 빨강 +, 파랑 -</translation>
    </message>
    <message>
        <source>Its 784 incoming weights, one per pixel, as 28x28: red positive, blue negative, up to {limit}. Red pixels raise its input sum where you drew.</source>
        <translation>들어오는 가중치 784개(픽셀마다 하나)를 28x28로 그렸습니다. 빨강은 양수, 파랑은 음수, 최대 {limit}. 여러분이 그린 곳의 빨간 픽셀이 입력 합을 올립니다.</translation>
    </message>
    <message>
        <source>{n} weights, {cols} a row</source>
        <translation>가중치 {n}개, 한 줄에 {cols}개</translation>
    </message>
    <message>
        <source>Its {n} incoming weights, one per unit of layer {layer}, in order, {cols} a row: red positive, blue negative, up to {limit}.</source>
        <translation>들어오는 가중치 {n}개({layer}층의 뉴런마다 하나)를 순서대로 한 줄에 {cols}개씩 그렸습니다. 빨강은 양수, 파랑은 음수, 최대 {limit}.</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>편향 없음</translation>
    </message>
    <message>
        <source>Layer {layer}, unit {unit}</source>
        <translation>{layer}층, 뉴런 {unit}</translation>
    </message>
    <message>
        <source>input sum: {a}</source>
        <translation>입력 합: {a}</translation>
    </message>
    <message>
        <source>output: {z}</source>
        <translation>출력: {z}</translation>
    </message>
    <message>
        <source>Output unit {unit} (digit {unit})</source>
        <translation>출력 뉴런 {unit} (숫자 {unit})</translation>
    </message>
    <message>
        <source>score: {a}</source>
        <translation>점수: {a}</translation>
    </message>
    <message>
        <source>probability: {p}</source>
        <translation>확률: {p}</translation>
    </message>
    <message>
        <source>output: {y} ({p} shown)</source>
        <translation>출력: {y} ({p}로 표시)</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Each tile: the 784 weights into one first-layer unit, as a 28x28 picture (blue negative, red positive). The pixels a unit &apos;looks for&apos;.</source>
        <translation>타일 하나: 첫 번째 층의 뉴런 하나로 들어가는 가중치 784개를 28x28 그림으로 그린 것입니다(파랑 음수, 빨강 양수). 그 뉴런이 &apos;찾는&apos; 픽셀입니다.</translation>
    </message>
</context>
</TS>
