<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ConfusionView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: what the network read. Colours on a log scale, so that the few mistakes show beside the thousand right answers.</source>
        <translation>행: 실제 숫자, 열: 신경망이 읽은 숫자. 색은 로그 눈금이라, 맞힌 답 1,000여 개 옆에서도 몇 안 되는 오답이 드러납니다.</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>읽은 숫자</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>실제 숫자</translation>
    </message>
    <message>
        <source>After a run: which digits the network mixes up</source>
        <translation>학습이 끝나면: 신경망이 어떤 숫자끼리 헷갈리는지 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>DataBox</name>
    <message>
        <source>Training data</source>
        <translation>훈련 데이터</translation>
    </message>
    <message>
        <source>MNIST samples</source>
        <translation>MNIST 숫자 수</translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation>전체 60,000개</translation>
    </message>
    <message>
        <source>Train on a random subset for a quick run (0: all 60,000)</source>
        <translation>빠르게 학습하려면 무작위로 일부만 씁니다 (0: 전체 60,000개)</translation>
    </message>
    <message>
        <source>Add my personal digits</source>
        <translation>내가 가르친 숫자 추가</translation>
    </message>
    <message>
        <source>Include the digits you taught on the canvas</source>
        <translation>캔버스에서 가르친 숫자도 훈련 데이터에 넣습니다</translation>
    </message>
    <message>
        <source>Add IDX/CSV...</source>
        <translation>IDX/CSV 추가...</translation>
    </message>
    <message>
        <source>Add your own training files: an IDX image file (with its labels file), or a CSV of Rashid&apos;s format label,p0..p783</source>
        <translation>직접 만든 훈련 파일을 추가합니다: IDX 이미지 파일(레이블 파일과 함께) 또는 라시드 형식(레이블,p0..p783)의 CSV</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Forget the extra files</source>
        <translation>추가한 파일을 뺍니다</translation>
    </message>
    <message>
        <source>No extra files</source>
        <translation>추가 파일 없음</translation>
    </message>
    <message>
        <source>{names} ({count} digits)</source>
        <translation>{names} (숫자 {count}개)</translation>
    </message>
    <message>
        <source>Add training files</source>
        <translation>훈련 파일 추가</translation>
    </message>
    <message>
        <source>Digits (*.csv *.idx *ubyte *.gz);;All files (*)</source>
        <translation>숫자 파일 (*.csv *.idx *ubyte *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>choose the IDX images file and its labels file together</source>
        <translation>IDX 이미지 파일과 레이블 파일을 함께 고르세요</translation>
    </message>
    <message>
        <source>Could not add the training file</source>
        <translation>훈련 파일을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>{count} random digits</source>
        <translation>무작위 숫자 {count}개</translation>
    </message>
    <message>
        <source>{count} from your files</source>
        <translation>내 파일의 숫자 {count}개</translation>
    </message>
    <message>
        <source>{count} personal digits</source>
        <translation>내가 가르친 숫자 {count}개</translation>
    </message>
    <message>
        <source>all 60,000 MNIST digits</source>
        <translation>전체 MNIST 숫자 60,000개</translation>
    </message>
    <message>
        <source>an IDX images file needs its labels file too</source>
        <translation>IDX 이미지 파일에는 레이블 파일도 필요합니다</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes}분 {seconds:02d}초</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours}시간 {minutes:02d}분</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>train (clean)</source>
        <translation>훈련 (원본)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>시험</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>Test digits the network got wrong (true -&gt; read as). Click one to put it on the canvas.</source>
        <translation>신경망이 틀린 시험 숫자 (정답 -&gt; 읽은 숫자). 하나를 클릭하면 캔버스에 올립니다.</translation>
    </message>
    <message>
        <source>After a run: the test digits the network got wrong</source>
        <translation>학습이 끝나면: 신경망이 틀린 시험 숫자가 여기에 나옵니다</translation>
    </message>
    <message>
        <source>No mistakes at all on the 10,000 test digits</source>
        <translation>시험 숫자 10,000개를 하나도 틀리지 않았습니다</translation>
    </message>
</context>
<context>
    <name>PlotFiles</name>
    <message>
        <source>Folder for the plot images</source>
        <translation>그래프 이미지를 저장할 폴더</translation>
    </message>
    <message>
        <source>Could not save the plots</source>
        <translation>그래프를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Plots saved</source>
        <translation>그래프를 저장했습니다</translation>
    </message>
</context>
<context>
    <name>RecipeForm</name>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 에폭</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 회</translation>
    </message>
    <message>
        <source>on</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>설정 더 보기</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 확장</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>가중치 초기값</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Input pixels</source>
        <translation>입력 픽셀</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>레이블 평활화</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Augmented</source>
        <translation>확장 비율</translation>
    </message>
    <message>
        <source>Width varied</source>
        <translation>굵기 변화</translation>
    </message>
    <message>
        <source>Stroke set</source>
        <translation>획 데이터</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>hidden layers must be numbers like 200 or 512,512, not {text}</source>
        <translation>은닉층은 200이나 512,512처럼 숫자로 적어야 합니다 ({text}는 안 됩니다)</translation>
    </message>
    <message>
        <source>use up to 6 hidden layers of 1 to 8192 units</source>
        <translation>은닉층은 6개까지, 층마다 뉴런 1~8192개로 하세요</translation>
    </message>
    <message>
        <source>{activation}, targets {low} / {high}</source>
        <translation>{activation}, 목표값 {low} / {high}</translation>
    </message>
</context>
<context>
    <name>RecipePage</name>
    <message>
        <source>Recipe</source>
        <translation>레시피</translation>
    </message>
</context>
<context>
    <name>RecipeTexts</name>
    <message>
        <source>Rashid: sigmoid, SSE</source>
        <translation>라시드: sigmoid, SSE</translation>
    </message>
    <message>
        <source>Make Your Own Neural Network (Tariq Rashid): 784-200-10 sigmoid network without biases, squared error, one digit at a time; about 97.3%.</source>
        <translation>『신경망 첫걸음』(타리크 라시드): 편향 없는 784-200-10 sigmoid 신경망, 오차제곱합, 한 번에 숫자 하나씩; 정확도 약 97.3%.</translation>
    </message>
    <message>
        <source>Saito: TwoLayerNet</source>
        <translation>사이토: TwoLayerNet</translation>
    </message>
    <message>
        <source>Deep Learning from Scratch (Saito Goki), chapters 4-5: 784-50-10 sigmoid + softmax, 10,000 iterations of batches of 100; about 94.7%.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』(사이토 고키) 4~5장: 784-50-10 sigmoid + softmax, 100개짜리 미니배치로 10,000번 반복; 정확도 약 94.7%.</translation>
    </message>
    <message>
        <source>Default (fast, robust)</source>
        <translation>기본 (빠르고 튼튼함)</translation>
    </message>
    <message>
        <source>This app&apos;s recipe for the bundled model: two ReLU layers of 512, every modern trick, and extra mouse-like strokes; about 99.3%.</source>
        <translation>이 앱에 들어 있는 모델의 레시피: 512개짜리 ReLU 은닉층 두 개, 요즘 기법 모두, 마우스로 그린 듯한 획 데이터 추가; 정확도 약 99.3%.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <source>Your own recipe: any field you edit lands here.</source>
        <translation>나만의 레시피: 어느 항목이든 고치면 이것이 됩니다.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU passes a positive signal through unchanged and turns a negative one into 0; deep networks train fast with it.</source>
        <translation>ReLU는 양수 신호는 그대로 통과시키고 음수 신호는 0으로 만듭니다. 깊은 신경망도 이것으로 빠르게 학습합니다.</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>The sigmoid squashes any signal into 0..1 along a smooth S-curve, as both books begin.</source>
        <translation>시그모이드 함수는 어떤 신호든 매끄러운 S자 곡선을 따라 0..1 사이로 눌러 담습니다. 두 책 모두 이 함수로 시작합니다.</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>tanh is an S-curve like the sigmoid, but centred on 0 and squashing into -1..1.</source>
        <translation>tanh도 시그모이드 함수처럼 S자 곡선이지만, 0을 중심으로 -1..1 사이로 눌러 담습니다.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>Cross-entropy (ce): softmax turns the 10 outputs into probabilities that add up to 1, and the loss is minus the log of the probability given to the right digit; targets are 0 and 1.</source>
        <translation>교차 엔트로피 오차(CE): softmax가 출력 10개를 합이 1인 확률로 바꾸고, 손실은 정답 숫자에 준 확률의 로그에 마이너스를 붙인 값입니다. 목표값은 0과 1입니다.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>Squared error (sse): each of the 10 outputs is its own sigmoid, pulled toward 0.99 for the right digit and 0.01 for the others, since a sigmoid never reaches 0 or 1 (Rashid).</source>
        <translation>오차제곱합(SSE): 출력 10개가 저마다 sigmoid이고, 정답 숫자는 0.99 쪽으로, 나머지는 0.01 쪽으로 당겨집니다. 시그모이드 함수는 0이나 1에 닿지 않기 때문입니다(라시드).</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: after every batch, move each weight against its gradient, scaled by the learning rate.</source>
        <translation>확률적 경사 하강법: 배치마다 각 가중치를 기울기의 반대 방향으로, 학습률을 곱한 만큼 옮깁니다.</translation>
    </message>
    <message>
        <source>momentum SGD</source>
        <translation>momentum SGD</translation>
    </message>
    <message>
        <source>Momentum: each step keeps 90% of the previous one and adds the new gradient step, so progress builds up speed where the gradient keeps pointing the same way.</source>
        <translation>Momentum: 매 단계가 이전 단계의 90%를 이어받고 새 기울기 단계를 더합니다. 기울기가 같은 쪽을 계속 가리키는 곳에서 속도가 붙습니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adam gives every weight its own step size from running averages of its gradient and squared gradient; it wants a small learning rate such as 0.001.</source>
        <translation>Adam은 기울기와 기울기 제곱의 이동 평균으로 가중치마다 보폭을 따로 정합니다. 0.001처럼 작은 학습률이 알맞습니다.</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>He init: random normal weights with spread sqrt(2 / inputs), sized so that ReLU layers keep the signal&apos;s strength.</source>
        <translation>He 초기값: 표준편차가 √(2 / 입력 수)인 정규분포 난수 가중치. ReLU 층이 신호의 세기를 유지하도록 맞춘 크기입니다.</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>Xavier (Glorot) init: spread sqrt(2 / (inputs + outputs)), suited to sigmoid and tanh layers.</source>
        <translation>Xavier(Glorot) 초기값: 표준편차 √(2 / (입력 수 + 출력 수)). sigmoid 층과 tanh 층에 알맞습니다.</translation>
    </message>
    <message>
        <source>Rashid: 1/√inputs</source>
        <translation>라시드: 1/√입력 수</translation>
    </message>
    <message>
        <source>Rashid&apos;s book: normal weights with spread 1 / sqrt(inputs), numpy&apos;s normal(0, pow(inodes, -0.5)).</source>
        <translation>라시드의 책: 표준편차가 1 / √(입력 수)인 정규분포 가중치 (책의 NumPy 코드 그대로).</translation>
    </message>
    <message>
        <source>book: 0.01 x randn</source>
        <translation>책: 0.01 × 정규분포</translation>
    </message>
    <message>
        <source>Deep Learning from Scratch: weight_init_std = 0.01 times randn, the same small spread in every layer.</source>
        <translation>『밑바닥부터 시작하는 딥러닝』: 표준정규분포 난수에 0.01을 곱한 값. 모든 층이 같은 작은 표준편차를 씁니다.</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0부터 1</translation>
    </message>
    <message>
        <source>Pixels divided by 255: paper is 0, full ink is 1.</source>
        <translation>픽셀 값을 255로 나눕니다: 종이는 0, 가장 진한 잉크는 1.</translation>
    </message>
    <message>
        <source>0.01 to 1 (Rashid)</source>
        <translation>0.01부터 1 (라시드)</translation>
    </message>
    <message>
        <source>Rashid&apos;s scaling: pixels mapped to 0.01..1.0, so no input is exactly 0 (a zero input never changes its weights).</source>
        <translation>라시드의 방식: 픽셀을 0.01..1.0으로 옮겨 어떤 입력도 정확히 0이 되지 않게 합니다 (입력이 0이면 그 가중치는 바뀌지 않습니다).</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Constant: the learning rate stays the same for the whole run.</source>
        <translation>일정: 학습률이 학습 내내 그대로입니다.</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>cosine 감쇠</translation>
    </message>
    <message>
        <source>Cosine schedule: the learning rate glides from its full value down to 0 along half a cosine wave: big steps early, fine steps at the end.</source>
        <translation>cosine 스케줄: 학습률이 cosine 곡선의 절반을 따라 처음 값에서 0까지 부드럽게 내려갑니다. 처음에는 큰 걸음, 끝에는 작은 걸음입니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No augmentation: the network sees the digits exactly as MNIST has them.</source>
        <translation>확장 없음: 신경망이 MNIST의 숫자를 있는 그대로 봅니다.</translation>
    </message>
    <message>
        <source>rotate +-10°</source>
        <translation>회전 ±10°</translation>
    </message>
    <message>
        <source>Rotate: each digit is turned by a random angle of up to 10 degrees either way (Rashid&apos;s book).</source>
        <translation>회전: 숫자마다 양쪽으로 최대 10도까지 무작위로 돌립니다 (라시드의 책).</translation>
    </message>
    <message>
        <source>affine warp</source>
        <translation>아핀 변형</translation>
    </message>
    <message>
        <source>Affine: a random straight-line warp of each digit (rotation, scale, aspect, shear and shift); straight strokes stay straight.</source>
        <translation>아핀: 숫자마다 무작위 직선 변형(회전, 크기, 가로세로 비, 기울임, 이동)을 줍니다. 곧은 획은 곧은 채로 남습니다.</translation>
    </message>
    <message>
        <source>elastic warp</source>
        <translation>탄성 변형</translation>
    </message>
    <message>
        <source>Elastic: the affine warp plus a smooth random wobble of the strokes (Simard&apos;s elastic distortion), as if another hand had written the digit.</source>
        <translation>탄성: 아핀 변형에 획을 부드럽게 흔드는 무작위 떨림(시마드의 탄성 왜곡)을 더해, 다른 사람이 쓴 숫자처럼 만듭니다.</translation>
    </message>
    <message>
        <source>Hidden layer sizes, comma separated, e.g. 200 or 512,512. The input layer (784 pixels) and the output layer (10 digits) are always there.</source>
        <translation>은닉층 크기를 쉼표로 구분해 적습니다. 예: 200 또는 512,512. 입력층(픽셀 784개)과 출력층(숫자 10개)은 늘 있습니다.</translation>
    </message>
    <message>
        <source>Learning rate: how far each step moves the weights along the gradient. Too big and the loss blows up; too small and learning crawls.</source>
        <translation>학습률: 한 단계에서 가중치를 기울기를 따라 얼마나 옮길지 정합니다. 너무 크면 손실이 폭발하고, 너무 작으면 학습이 느릿느릿합니다.</translation>
    </message>
    <message>
        <source>Mini-batch size: how many digits are averaged into one gradient step (1: one digit at a time, as Rashid).</source>
        <translation>미니배치 크기: 기울기 한 단계에 평균 내는 숫자의 개수 (1: 라시드처럼 한 번에 숫자 하나).</translation>
    </message>
    <message>
        <source>Epochs: passes over the whole training set.</source>
        <translation>에폭: 훈련 데이터 전체를 몇 번 훑을지 정합니다.</translation>
    </message>
    <message>
        <source>This recipe counts iterations (batches) instead of epochs: {iterations:,} batches of {batch:,} = {passes:.1f} passes over 60,000 MNIST digits. Set Iterations to &apos;off&apos; to count epochs.</source>
        <translation>이 레시피는 에폭 대신 반복 횟수(배치 수)로 셉니다: {batch:,}개짜리 배치 {iterations:,}번 = MNIST 숫자 60,000개를 {passes:.1f}번 훑는 양입니다. 에폭으로 세려면 반복 횟수를 &apos;끔&apos;으로 하세요.</translation>
    </message>
    <message>
        <source>Iterations: train exactly this many batches instead of whole epochs, as Deep Learning from Scratch counts them. &apos;off&apos;: count epochs.</source>
        <translation>반복 횟수: 에폭 단위 대신 정확히 이만큼의 배치를 학습합니다. 『밑바닥부터 시작하는 딥러닝』이 세는 방식입니다. &apos;끔&apos;: 에폭으로 셉니다.</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same initial weights, shuffling and augmentation, so the same run.</source>
        <translation>난수 시드: 시드가 같으면 가중치 초기값, 섞는 순서, 데이터 확장이 모두 같아 똑같은 학습이 됩니다.</translation>
    </message>
    <message>
        <source>Biases: a learned number added to every neuron&apos;s input, letting it fire without any input. Rashid&apos;s network has none, only weights.</source>
        <translation>편향: 뉴런마다 입력에 더하는, 학습되는 수입니다. 입력이 없어도 뉴런이 활성화될 수 있게 합니다. 라시드의 신경망에는 편향 없이 가중치만 있습니다.</translation>
    </message>
    <message>
        <source>Set by the loss. Cross-entropy needs softmax outputs and targets of 0 and 1; squared error uses sigmoid outputs aimed at 0.01 and 0.99, because a sigmoid never reaches 0 or 1 (Rashid).</source>
        <translation>손실 함수가 정합니다. 교차 엔트로피 오차에는 softmax 출력과 0, 1 목표값이 필요하고, 오차제곱합은 0.01과 0.99를 겨냥한 sigmoid 출력을 씁니다. 시그모이드 함수는 0이나 1에 닿지 않기 때문입니다(라시드).</translation>
    </message>
    <message>
        <source>Label smoothing: aim a little below 1 for the right digit and a little above 0 for the others (0.1: 0.91 and 0.01), so the network never grows overconfident.</source>
        <translation>레이블 평활화: 정답 숫자는 1보다 조금 낮게, 나머지는 0보다 조금 높게 겨냥합니다 (0.1: 0.91과 0.01). 신경망이 지나치게 확신하지 않게 됩니다.</translation>
    </message>
    <message>
        <source>Weight decay (L2): every step also pulls each weight a little toward 0 (gradient + L2 x weight); smaller weights tend to generalise better. Biases are left alone. 0: off.</source>
        <translation>가중치 감소(L2): 매 단계 각 가중치를 0 쪽으로 조금씩 당깁니다 (기울기 + L2 × 가중치). 가중치가 작을수록 대개 일반화가 잘 됩니다. 편향은 건드리지 않습니다. 0: 끔.</translation>
    </message>
    <message>
        <source>Warm-up: the learning rate grows from almost 0 to its full value over this many epochs, so the first large, random gradients don&apos;t throw the network off.</source>
        <translation>워밍업: 학습률이 이 에폭 수에 걸쳐 거의 0에서 제 값까지 올라갑니다. 처음의 크고 무작위한 기울기에 신경망이 흔들리지 않게 합니다.</translation>
    </message>
    <message>
        <source>Share of every batch that is augmented; the rest are MNIST digits as they are.</source>
        <translation>배치마다 확장할 숫자의 비율입니다. 나머지는 MNIST 숫자 그대로입니다.</translation>
    </message>
    <message>
        <source>Share of the augmented digits whose strokes are made thicker or thinner, because a mouse pen rarely matches the pen widths in MNIST.</source>
        <translation>확장한 숫자 가운데 획을 굵거나 가늘게 바꿀 비율입니다. 마우스 펜의 굵기는 MNIST의 펜 굵기와 잘 맞지 않기 때문입니다.</translation>
    </message>
    <message>
        <source>Stroke set: 15,000 MNIST training digits redrawn as uniform pen strokes, like mouse drawings, added to the training data this many times.</source>
        <translation>획 데이터: MNIST 훈련 숫자 15,000개를 마우스로 그린 듯 고른 굵기의 획으로 다시 그린 것입니다. 훈련 데이터에 이 횟수만큼 더합니다.</translation>
    </message>
    <message>
        <source>The settings presets rarely change: initial weights, biases, input and target scaling, label smoothing, weight decay, schedule, augmentation details and extra data.</source>
        <translation>프리셋끼리 잘 다르지 않은 설정: 가중치 초기값, 편향, 입력과 목표값의 범위, 레이블 평활화, 가중치 감소, 스케줄, 데이터 확장 세부 설정, 추가 데이터.</translation>
    </message>
    <message>
        <source>A recipe from the books, ours, or your own.</source>
        <translation>책의 레시피, 이 앱의 레시피, 또는 나만의 레시피.</translation>
    </message>
    <message>
        <source>What each hidden neuron does to its summed input.</source>
        <translation>은닉층의 뉴런이 입력의 합에 적용하는 함수.</translation>
    </message>
    <message>
        <source>How wrong an answer is, which decides the output layer.</source>
        <translation>답이 얼마나 틀렸는지 재는 함수로, 출력층도 이것이 정합니다.</translation>
    </message>
    <message>
        <source>How the gradients become weight changes.</source>
        <translation>기울기를 가중치 변화로 바꾸는 방법.</translation>
    </message>
    <message>
        <source>Random changes to the training digits, so the network learns shapes rather than exact pixels.</source>
        <translation>훈련 숫자를 무작위로 바꿔서, 신경망이 정확한 픽셀이 아니라 모양을 배우게 합니다.</translation>
    </message>
    <message>
        <source>How the weights are drawn before training.</source>
        <translation>학습 전에 가중치를 뽑는 방법.</translation>
    </message>
    <message>
        <source>The range the 0..255 pixels are mapped to.</source>
        <translation>0..255 픽셀 값을 옮길 범위.</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run.</source>
        <translation>학습 중에 학습률이 바뀌는 방식.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Ready: pick a recipe and press Train</source>
        <translation>준비: 레시피를 고르고 학습 시작을 누르세요</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>시작하는 중...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>멈추는 중...</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>학습을 일시 정지하거나 이어 갑니다</translation>
    </message>
    <message>
        <source>Stop now, keeping the weights of the last finished batch</source>
        <translation>지금 멈춥니다. 마지막으로 끝난 배치의 가중치를 남깁니다</translation>
    </message>
    <message>
        <source>Epoch, speed and time left</source>
        <translation>에폭, 속도, 남은 시간</translation>
    </message>
    <message>
        <source>Accuracy on the 10,000 MNIST test digits after the last epoch</source>
        <translation>마지막 에폭 뒤 MNIST 시험 숫자 10,000개에 대한 정확도</translation>
    </message>
    <message>
        <source>Use on canvas after each epoch</source>
        <translation>에폭마다 캔버스에 사용</translation>
    </message>
    <message>
        <source>The canvas reads with the network being trained, updated every epoch</source>
        <translation>캔버스가 학습 중인 신경망으로 읽습니다. 에폭마다 바뀝니다</translation>
    </message>
    <message>
        <source>Epoch {epoch}/{epochs}: {speed} samples/s, {left} left</source>
        <translation>에폭 {epoch}/{epochs}: 초당 {speed}개, {left} 남음</translation>
    </message>
    <message>
        <source>Done after {epochs} epochs, {seconds} s</source>
        <translation>완료: {epochs} 에폭, {seconds}초</translation>
    </message>
    <message>
        <source>Stopped after {epochs} epochs, {seconds} s</source>
        <translation>중지됨: {epochs} 에폭, {seconds}초</translation>
    </message>
    <message>
        <source>Failed (diverged) after {epochs} epochs, {seconds} s</source>
        <translation>실패(발산): {epochs} 에폭, {seconds}초</translation>
    </message>
    <message>
        <source>Test accuracy: -</source>
        <translation>시험 정확도: -</translation>
    </message>
    <message>
        <source>Test accuracy: {accuracy} (epoch {epoch})</source>
        <translation>시험 정확도: {accuracy} (에폭 {epoch})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Fix the recipe first: {problem}</source>
        <translation>먼저 레시피를 고치세요: {problem}</translation>
    </message>
    <message>
        <source>Train a new network with the recipe (Ctrl+T)</source>
        <translation>이 레시피로 새 신경망을 학습합니다 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>RunLog</name>
    <message>
        <source>Likely cause: {hint}</source>
        <translation>가능한 원인: {hint}</translation>
    </message>
    <message>
        <source>The model you had before the run is back in use. The failed run&apos;s curves stay on the Curves tab, and it is in the Runs list.</source>
        <translation>학습 전에 쓰던 모델을 다시 사용합니다. 실패한 학습의 곡선은 곡선 탭에 남아 있고, 실행 기록 목록에도 있습니다.</translation>
    </message>
</context>
<context>
    <name>RunOverlays</name>
    <message>
        <source>{name} (failed)</source>
        <translation>{name} (실패)</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>init</source>
        <translation>초기값</translation>
    </message>
    <message>
        <source>smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>감소</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>확장</translation>
    </message>
    <message>
        <source>augmented</source>
        <translation>확장 비율</translation>
    </message>
    <message>
        <source>width</source>
        <translation>굵기</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>#{number} {outcome}: test {test}, train {train}, {seconds} s</source>
        <translation>#{number} {outcome}: 시험 {test}, 훈련 {train}, {seconds}초</translation>
    </message>
    <message>
        <source>#{number} {outcome}: test {test}, train {train}, {seconds} s ({source})</source>
        <translation>#{number} {outcome}: 시험 {test}, 훈련 {train}, {seconds}초 ({source})</translation>
    </message>
    <message>
        <source>sweep: {field} {value}</source>
        <translation>스윕: {field} {value}</translation>
    </message>
    <message>
        <source>{count} batches</source>
        <translation>배치 {count}개</translation>
    </message>
    <message>
        <source>{count} epoch</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <source>hidden {layers}, {activation}, {loss}, {optimizer} lr {lr}, batch {batch}, {length}, {digits} digits</source>
        <translation>은닉층 {layers}, {activation_name}, {loss_name}, {optimizer_name} 학습률 {lr}, 배치 {batch}, {length}, 숫자 {digits}개</translation>
    </message>
    <message>
        <source>hidden {layers}, {activation}, {loss}, {optimizer} lr {lr}, batch {batch}, {length}</source>
        <translation>은닉층 {layers}, {activation_name}, {loss_name}, {optimizer_name} 학습률 {lr}, 배치 {batch}, {length}</translation>
    </message>
    <message>
        <source>run #{number}</source>
        <translation>실행 #{number}</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Every run of this window joins this list when it ends. Tick runs to draw their curves over the Curves tab, each in its own colour.</source>
        <translation>이 창에서 한 학습은 끝날 때마다 이 목록에 들어옵니다. 체크하면 그 곡선을 곡선 탭에 저마다의 색으로 겹쳐 그립니다.</translation>
    </message>
    <message>
        <source>Tick runs to compare their loss and accuracy on the Curves tab</source>
        <translation>체크한 학습의 손실과 정확도를 곡선 탭에서 비교합니다</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>모두 체크 해제</translation>
    </message>
    <message>
        <source>Save list...</source>
        <translation>목록 저장...</translation>
    </message>
    <message>
        <source>Save every run of the list as CSV: outcome, figures, recipe</source>
        <translation>목록의 모든 학습을 CSV로 저장합니다: 결과, 수치, 레시피</translation>
    </message>
    <message>
        <source>Save the runs</source>
        <translation>실행 기록 저장</translation>
    </message>
    <message>
        <source>Runs saved</source>
        <translation>실행 기록을 저장했습니다</translation>
    </message>
    <message>
        <source>Could not save the runs</source>
        <translation>실행 기록을 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>StaleResults</name>
    <message>
        <source>The network has since been taught your digits: press Train for a new run</source>
        <translation>그 뒤로 신경망이 내 숫자를 배웠습니다: 새로 학습하려면 학습 시작을 누르세요</translation>
    </message>
    <message>
        <source>Another model is in use now: press Train to train a new network here</source>
        <translation>지금은 다른 모델을 쓰고 있습니다: 여기서 새 신경망을 학습하려면 학습 시작을 누르세요</translation>
    </message>
    <message>
        <source>The loss and accuracy of a new run will appear here</source>
        <translation>새 학습의 손실과 정확도가 여기에 나타납니다</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>hidden nodes</source>
        <translation>은닉 노드 수</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>give 1 to {count} comma-separated values</source>
        <translation>쉼표로 구분한 값을 1개에서 {count}개까지 주세요</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>Run a sweep: one new network per value, its test accuracy plotted against the value</source>
        <translation>스윕을 실행하세요: 값마다 새 신경망을 학습해, 그 시험 정확도를 값에 대해 그립니다</translation>
    </message>
    <message>
        <source>What to vary, as in Rashid&apos;s experiments</source>
        <translation>무엇을 바꿔 볼지 고릅니다 (라시드의 실험처럼)</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>스윕 실행</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>{count} runs, {about}. {what}</source>
        <translation>학습 {count}번, {about}. {what}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>시간 알 수 없음</translation>
    </message>
    <message>
        <source>about {time} or more (the recipe&apos;s extra stroke digits are not counted)</source>
        <translation>약 {time} 이상 (레시피의 추가 획 데이터는 계산에 넣지 않았습니다)</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>약 {time}</translation>
    </message>
    <message>
        <source>Sweep: 0 of {count} runs, {about}</source>
        <translation>스윕: {count}번 중 0번, {about}</translation>
    </message>
    <message>
        <source>Sweep: {done} of {count} runs (last: {accuracy})</source>
        <translation>스윕: {count}번 중 {done}번 (마지막: {accuracy})</translation>
    </message>
    <message>
        <source>Sweep: {done} of {count} runs, about {left} left (last: {accuracy})</source>
        <translation>스윕: {count}번 중 {done}번, 약 {left} 남음 (마지막: {accuracy})</translation>
    </message>
    <message>
        <source>Sweep done: {count} runs in {time}</source>
        <translation>스윕 완료: {time} 동안 {count}번</translation>
    </message>
    <message>
        <source>all the training data</source>
        <translation>훈련 데이터 전체</translation>
    </message>
    <message>
        <source>its epochs on {digits} random digits</source>
        <translation>무작위 숫자 {digits}개로 그 에폭 수만큼</translation>
    </message>
    <message>
        <source>{epochs} epoch on {digits} random digits</source>
        <translation>무작위 숫자 {digits}개로 {epochs} 에폭</translation>
    </message>
    <message>
        <source>the recipe&apos;s own epochs on {data}</source>
        <translation>{data}로 레시피의 에폭 수만큼</translation>
    </message>
    <message>
        <source>On: each point is a short run, {quick}.
Off: each point trains the full recipe, {full}.</source>
        <translation>켬: 점마다 짧게 학습합니다({quick}).
끔: 점마다 레시피 전체를 학습합니다({full}).</translation>
    </message>
    <message>
        <source>Each point trains a new network, the recipe with one value of the {label} from the list, for {run}, then tests it on the 10,000 test digits.</source>
        <translation>점마다 새 신경망을 학습합니다: 레시피에서 {label}만 목록의 값 하나로 바꿔 {run} 학습한 뒤, 시험 숫자 10,000개로 시험합니다.</translation>
    </message>
    <message>
        <source>The {label} values to try, comma separated. {what}</source>
        <translation>시험해 볼 {label} 값 (쉼표로 구분). {what}</translation>
    </message>
    <message>
        <source>Train once per value and plot test accuracy against it. {what}</source>
        <translation>값마다 한 번씩 학습하고, 그 값에 대한 시험 정확도를 그립니다. {what}</translation>
    </message>
    <message>
        <source>its epochs</source>
        <translation>그 에폭 수만큼</translation>
    </message>
    <message>
        <source>{count} batches</source>
        <translation>배치 {count}개</translation>
    </message>
    <message>
        <source>{count} epoch</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <source>{length} on {data} + the stroke digits x{strokes}</source>
        <translation>{data} + 획 데이터 ×{strokes}로 {length}</translation>
    </message>
    <message>
        <source>{length} on {data}</source>
        <translation>{data}로 {length}</translation>
    </message>
    <message>
        <source>The first point appears when its run ends</source>
        <translation>첫 점은 첫 학습이 끝나면 나타납니다</translation>
    </message>
</context>
<context>
    <name>TrainOutcome</name>
    <message>
        <source>The model you had before the run is back in use. The run&apos;s curves stay on the Curves tab, and it is in the Runs list.</source>
        <translation>학습 전에 쓰던 모델을 다시 사용합니다. 이번 학습의 곡선은 곡선 탭에 남아 있고, 실행 기록 목록에도 있습니다.</translation>
    </message>
    <message>
        <source>Its network&apos;s weights became NaN or infinite: it cannot read anything.</source>
        <translation>신경망의 가중치가 NaN이나 무한대가 되어 아무것도 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>It stopped at {accuracy} on the 10,000 test digits, no better than guessing (10%): its network has not learned to read digits yet.</source>
        <translation>시험 숫자 10,000개에서 {accuracy}일 때 멈췄습니다. 찍기(10%)보다 나을 게 없으니, 이 신경망은 아직 숫자를 읽는 법을 배우지 못했습니다.</translation>
    </message>
    <message>
        <source>It ended at {accuracy} on the 10,000 test digits, no better than guessing (10%): its network has not learned to read digits yet.</source>
        <translation>시험 숫자 10,000개에서 {accuracy}로 끝났습니다. 찍기(10%)보다 나을 게 없으니, 이 신경망은 아직 숫자를 읽는 법을 배우지 못했습니다.</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>학습이 발산했습니다</translation>
    </message>
    <message>
        <source>Training did not learn</source>
        <translation>학습이 되지 않았습니다</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습에 실패했습니다</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <source>Reading {name}...</source>
        <translation>{name} 읽는 중...</translation>
    </message>
    <message>
        <source>Could not add the training file</source>
        <translation>훈련 파일을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>Check the recipe</source>
        <translation>레시피를 확인하세요</translation>
    </message>
    <message>
        <source>Check the sweep</source>
        <translation>스윕 설정을 확인하세요</translation>
    </message>
    <message>
        <source>Run the sweep?</source>
        <translation>스윕을 실행할까요?</translation>
    </message>
</context>
<context>
    <name>TrainPlots</name>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>squared error (SSE)</source>
        <translation>오차제곱합 (SSE)</translation>
    </message>
    <message>
        <source>Loss on the training batches: each faint point is the mean of a few batches, the dark line its trend; the circles and squares are the loss on clean training digits and on the test digits, measured after each epoch</source>
        <translation>훈련 배치의 손실: 옅은 점 하나는 배치 몇 개의 평균이고, 진한 선은 그 추세입니다. 원과 네모는 에폭마다 잰 원본 훈련 숫자와 시험 숫자의 손실입니다</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Save plots...</source>
        <translation>그래프 저장...</translation>
    </message>
    <message>
        <source>Save both plots as PNG images</source>
        <translation>두 그래프를 PNG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Save history...</source>
        <translation>기록 저장...</translation>
    </message>
    <message>
        <source>Save the run&apos;s per-epoch figures as CSV</source>
        <translation>이번 학습의 에폭별 수치를 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Press Train to see the loss fall as the network learns</source>
        <translation>학습 시작을 누르면 신경망이 배우면서 손실이 줄어드는 모습이 보입니다</translation>
    </message>
    <message>
        <source>...and the accuracy climb, epoch by epoch</source>
        <translation>...그리고 에폭마다 정확도가 오르는 모습도</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>batches (label smoothing {smoothing})</source>
        <translation>배치 (레이블 평활화 {smoothing})</translation>
    </message>
    <message>
        <source>Loss: {loss}</source>
        <translation>손실 함수: {loss}</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Training: the first points appear in a moment</source>
        <translation>학습 중: 곧 첫 점들이 나타납니다</translation>
    </message>
    <message>
        <source>Accuracy appears after each epoch, from epoch 0 (the untrained network)</source>
        <translation>정확도는 에폭 0(학습 전 신경망)부터 에폭이 끝날 때마다 나타납니다</translation>
    </message>
    <message>
        <source>{loss} (line: batch trend, ■ test)</source>
        <translation>{loss} (선: 배치 추세, ■ 시험)</translation>
    </message>
    <message>
        <source>Accuracy (○ train, clean; ■ test)</source>
        <translation>정확도 (○ 훈련 원본, ■ 시험)</translation>
    </message>
    <message>
        <source>Accuracy per epoch (epoch 0: untrained)</source>
        <translation>에폭별 정확도 (에폭 0: 학습 전)</translation>
    </message>
    <message>
        <source>{title} — run failed</source>
        <translation>{title} — 학습 실패</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>기록 저장</translation>
    </message>
    <message>
        <source>History saved</source>
        <translation>기록을 저장했습니다</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>기록을 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>TrainTabs</name>
    <message>
        <source>Recipe</source>
        <translation>레시피</translation>
    </message>
    <message>
        <source>The network, how it learns, and the data</source>
        <translation>신경망, 학습 방법, 데이터</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Loss and accuracy of the run, live</source>
        <translation>학습 중인 손실과 정확도를 실시간으로</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Confusion matrix of the last run</source>
        <translation>마지막 학습의 혼동 행렬</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>The test digits the last run got wrong</source>
        <translation>마지막 학습이 틀린 시험 숫자</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>Test accuracy against the learning rate, the hidden nodes or the epochs</source>
        <translation>학습률, 은닉 노드 수, 에폭 수에 따른 시험 정확도</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <source>Every run of this window: tick runs to compare their curves, save the list as CSV</source>
        <translation>이 창에서 한 모든 학습: 체크하면 곡선을 비교하고, 목록을 CSV로 저장합니다</translation>
    </message>
    <message>
        <source>Mistakes ({count})</source>
        <translation>오답 ({count})</translation>
    </message>
</context>
</TS>
