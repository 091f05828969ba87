<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <source>Digit Reader</source>
        <translation>숫자 읽기</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <source>{error}

Your drawing and model are untouched; details are in {log}.</source>
        <translation>{error}

그림과 모델은 그대로입니다. 자세한 내용은 {log}에 있습니다.</translation>
    </message>
    <message>
        <source>Train a new network</source>
        <translation>새 신경망 학습</translation>
    </message>
    <message>
        <source>permission denied: check who owns the file and its folder</source>
        <translation>권한이 없습니다: 파일과 폴더의 소유자를 확인하세요</translation>
    </message>
    <message>
        <source>Your personal digits ({path}) could not be opened: {why}. The file was left as it is. Digits you teach now are kept in {new_path}.</source>
        <translation>내가 가르친 숫자 파일({path})을 열 수 없습니다: {why}. 파일은 그대로 두었습니다. 지금부터 가르치는 숫자는 {new_path}에 저장합니다.</translation>
    </message>
    <message>
        <source>Your personal digits could not be opened: {problem}
The file was left as it is. Digits you teach now are kept while the app runs, and saved once the file can be read.</source>
        <translation>내가 가르친 숫자를 열 수 없습니다: {problem}
파일은 그대로 두었습니다. 지금부터 가르치는 숫자는 앱이 실행되는 동안 보관하고, 파일을 읽을 수 있게 되면 저장합니다.</translation>
    </message>
    <message>
        <source>Your personal digits could not be read and were set aside:
{problem}</source>
        <translation>내가 가르친 숫자를 읽을 수 없어 따로 옮겨 두었습니다:
{problem}</translation>
    </message>
    <message>
        <source>it declares more data than this computer can hold</source>
        <translation>이 컴퓨터에 담을 수 없을 만큼 많은 데이터가 들어 있다고 합니다</translation>
    </message>
    <message>
        <source>Some of your files could not be used</source>
        <translation>일부 파일을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Training finished: the canvas now reads with the new network.</source>
        <translation>학습이 끝났습니다: 이제 캔버스는 새 신경망으로 읽습니다.</translation>
    </message>
    <message>
        <source>The run failed: the model you had before it is back in use.</source>
        <translation>학습이 실패했습니다: 학습 전에 쓰던 모델을 다시 사용합니다.</translation>
    </message>
    <message>
        <source>The bundled model could not be loaded:
{error}</source>
        <translation>내장 모델을 불러올 수 없습니다:
{error}</translation>
    </message>
    <message>
        <source>The app could not start:
{error}</source>
        <translation>앱을 시작할 수 없습니다:
{error}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Unknown language {name}; use one of {names}.</source>
        <translation>알 수 없는 언어입니다: {name}. 다음 중 하나를 쓰세요: {names}.</translation>
    </message>
    <message>
        <source>No font with Korean letters (Hangul) is installed, so the window stays in English. On Debian or Ubuntu: {command}</source>
        <translation>한글 글꼴이 설치되어 있지 않아 창을 영어로 표시합니다. Debian이나 Ubuntu에서는: {command}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>들여다보기</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>실험실</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>이미지 가져오기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.gif);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Undo Learn ({digit})</source>
        <translation>배우기 취소 ({digit})(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>획 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>test accuracy {accuracy}</source>
        <translation>시험 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>test accuracy being measured...</source>
        <translation>시험 정확도 측정 중...</translation>
    </message>
    <message>
        <source>{model} (changed, not saved)</source>
        <translation>{model} (바뀜, 저장 안 됨)</translation>
    </message>
    <message>
        <source>{star}{model} - Digit Reader</source>
        <translation>{star}{model} - 숫자 읽기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>Opening {name} ({size} MB)...</source>
        <translation>{name} 여는 중 ({size} MB)...</translation>
    </message>
    <message>
        <source>{path}: too large or too deeply nested to read ({error})</source>
        <translation>{path}: 너무 크거나 너무 깊이 중첩되어 읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>모델을 열 수 없습니다</translation>
    </message>
    <message>
        <source>{error}

The current model is kept.</source>
        <translation>{error}

지금 모델을 그대로 씁니다.</translation>
    </message>
    <message>
        <source>Open the bundled model {name}</source>
        <translation>내장 모델 {name} 열기</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>모델을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{error}

Nothing was written.</source>
        <translation>{error}

아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>{error}

The model is still here, not saved. Save it somewhere else?</source>
        <translation>{error}

모델은 저장되지 않은 채 그대로 있습니다. 다른 곳에 저장할까요?</translation>
    </message>
    <message>
        <source>Revert to the default model</source>
        <translation>기본 모델로 되돌리기</translation>
    </message>
    <message>
        <source>The current network has changes that are not saved. Save it first?</source>
        <translation>지금 신경망에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>다른 이름으로 모델 저장</translation>
    </message>
    <message>
        <source>Models (*.npz);;All files (*)</source>
        <translation>모델 (*.npz);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Could not read the image</source>
        <translation>이미지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>No digit found</source>
        <translation>숫자를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>{path}: the image looks blank.</source>
        <translation>{path}: 이미지가 비어 있는 것 같습니다.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name}을(를) 가져왔습니다</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>default model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>{name} + your digits</source>
        <translation>{name} + 내 숫자</translation>
    </message>
    <message>
        <source>{name} (bundled)</source>
        <translation>{name} (내장)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>window size and place</source>
        <translation>창 크기와 위치</translation>
    </message>
    <message>
        <source>panel layout</source>
        <translation>패널 배치</translation>
    </message>
    <message>
        <source>pen width</source>
        <translation>펜 굵기</translation>
    </message>
    <message>
        <source>dark ink</source>
        <translation>검은 잉크</translation>
    </message>
    <message>
        <source>last folder</source>
        <translation>마지막 폴더</translation>
    </message>
    <message>
        <source>recent models</source>
        <translation>최근 모델</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Your settings file {path} cannot be read ({error}); defaults are used.</source>
        <translation>설정 파일 {path}을(를) 읽을 수 없어 ({error}) 기본값을 씁니다.</translation>
    </message>
    <message>
        <source>Qt could not parse it</source>
        <translation>Qt가 해석하지 못했습니다</translation>
    </message>
    <message>
        <source>these settings were not usable: {keys}</source>
        <translation>쓸 수 없는 설정이 있었습니다: {keys}</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it is {size} bytes, far more than settings take</source>
        <translation>{size}바이트로, 설정 파일로는 너무 큽니다</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>읽을 수 없습니다 ({error})</translation>
    </message>
    <message>
        <source>it holds binary garbage</source>
        <translation>알 수 없는 바이너리 데이터가 들어 있습니다</translation>
    </message>
    <message>
        <source>Your settings file {path} was damaged ({why}) and could not be kept aside ({error}); nothing is remembered this time.</source>
        <translation>설정 파일 {path}이(가) 손상되었고 ({why}) 따로 옮겨 둘 수도 없었습니다 ({error}). 이번에는 아무것도 기억하지 않습니다.</translation>
    </message>
    <message>
        <source>Your settings file {path} was damaged ({why}) and could not be kept aside ({error}); defaults are used for what was wrong.</source>
        <translation>설정 파일 {path}이(가) 손상되었고 ({why}) 따로 옮겨 둘 수도 없었습니다 ({error}). 잘못된 항목에는 기본값을 씁니다.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({why}), so the settings were reset. The old file is kept as {target}.</source>
        <translation>설정 파일이 손상되어 ({why}) 설정을 초기화했습니다. 예전 파일은 {target}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({why}), so those were reset. The old file is kept as {target}.</source>
        <translation>설정 파일이 손상되어 ({why}) 그 항목들을 초기화했습니다. 예전 파일은 {target}(으)로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>Draw a digit first, then say what it is.</source>
        <translation>먼저 숫자를 그리고, 무슨 숫자인지 골라 주세요.</translation>
    </message>
    <message>
        <source>Learned a {digit}: its probability went from {before} to {after}. Ctrl+Z or Undo Learn takes it back.</source>
        <translation>{digit}을(를) 배웠습니다: 확률이 {before}에서 {after}(으)로 바뀌었습니다. Ctrl+Z나 배우기 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Undid learning the {digit}: the network is back as before.</source>
        <translation>{digit} 배우기를 취소했습니다: 신경망이 이전으로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>Removed. The network keeps what it learned from those digits until you re-train it or open another model.</source>
        <translation>지웠습니다. 다시 학습하거나 다른 모델을 열 때까지 신경망은 그 숫자들에서 배운 것을 그대로 간직합니다.</translation>
    </message>
    <message>
        <source>The network still knows the digits you removed. Go back to the model before your teaching?</source>
        <translation>신경망은 지운 숫자들을 아직 기억합니다. 가르치기 전의 모델로 돌아갈까요?</translation>
    </message>
    <message numerus="yes">
        <source>The network still knows the digits you removed. Go back to the model before your teaching and teach it the remaining %n digit(s) again?</source>
        <translation>
            <numerusform>신경망은 지운 숫자들을 아직 기억합니다. 가르치기 전의 모델로 돌아가서 남은 숫자 %n개를 다시 가르칠까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-teach</source>
        <translation>다시 가르치기</translation>
    </message>
    <message>
        <source>Could not keep the digit</source>
        <translation>숫자를 보관할 수 없습니다</translation>
    </message>
    <message>
        <source>The {digit} is kept while the app runs, but your personal digits file could not be written:
{error}</source>
        <translation>{digit}은(는) 앱이 실행되는 동안 보관하지만, 내가 가르친 숫자 파일에 쓸 수 없었습니다:
{error}</translation>
    </message>
    <message>
        <source>Personal digits not saved</source>
        <translation>내가 가르친 숫자를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not teach the network</source>
        <translation>신경망을 가르칠 수 없습니다</translation>
    </message>
    <message>
        <source>{error}

The network in use is unchanged; your digit is kept with your personal digits.</source>
        <translation>{error}

쓰고 있는 신경망은 바뀌지 않았습니다. 그린 숫자는 내가 가르친 숫자에 보관했습니다.</translation>
    </message>
    <message>
        <source>Teaching made its weights NaN or infinite, so it was not used: the network in use is unchanged.</source>
        <translation>가르치는 동안 가중치가 NaN이나 무한대가 되어 쓰지 않았습니다: 쓰고 있는 신경망은 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Ours: 784-512-512-10 ReLU trained with augmentation and pen strokes (the preset &apos;default&apos;), 99.3% on the MNIST test set</source>
        <translation>이 앱의 모델: 데이터 확장과 펜 획 데이터로 학습한 784-512-512-10 ReLU 신경망 (프리셋 &apos;default&apos;), MNIST 시험 데이터에서 99.3%</translation>
    </message>
    <message>
        <source>Make Your Own Neural Network (Tariq Rashid): 784-200-10 sigmoid, no biases, our &apos;rashid&apos; preset trained on all of MNIST (the book reports 97.47%)</source>
        <translation>《신경망 첫걸음》(타리크 라시드): 784-200-10 sigmoid, 편향 없음, 이 앱의 &apos;rashid&apos; 프리셋으로 MNIST 전체에서 학습 (책에서는 97.47%)</translation>
    </message>
    <message>
        <source>Deep Learning from Scratch (Saito Goki), chapter 3: the book&apos;s pretrained 784-50-100-10 sigmoid network, 93.52% on MNIST test (MIT licence, Koki Saitoh)</source>
        <translation>《밑바닥부터 시작하는 딥러닝》(사이토 고키) 3장: 책에 실린 학습된 784-50-100-10 sigmoid 신경망, MNIST 시험 데이터에서 93.52% (MIT 라이선스, 사이토 고키)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model...</source>
        <translation>모델 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Load a model file (.npz)</source>
        <translation>모델 파일(.npz)을 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Save model as...</source>
        <translation>다른 이름으로 모델 저장(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the current model to a file</source>
        <translation>지금 모델을 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Revert to &amp;default model</source>
        <translation>기본 모델로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the bundled pretrained model</source>
        <translation>앱에 들어 있는 사전 학습 모델로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Import image...</source>
        <translation>이미지 가져오기(&amp;I)...</translation>
    </message>
    <message>
        <source>Read a photo or scan of a handwritten digit</source>
        <translation>손으로 쓴 숫자의 사진이나 스캔을 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>앱을 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Clear canvas</source>
        <translation>캔버스 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the canvas (Delete, Escape)</source>
        <translation>캔버스를 모두 지웁니다 (Del, Esc)</translation>
    </message>
    <message>
        <source>&amp;Show...</source>
        <translation>보기(&amp;S)...</translation>
    </message>
    <message>
        <source>See, remove or clear the digits you taught</source>
        <translation>가르친 숫자를 보고, 골라 지우거나 모두 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the last stroke, or undo a Learn right after it</source>
        <translation>마지막 획을 지웁니다. 배우기 바로 뒤에는 그 배우기를 취소합니다</translation>
    </message>
    <message>
        <source>Recent models</source>
        <translation>최근 모델</translation>
    </message>
    <message>
        <source>&amp;Bundled models</source>
        <translation>내장 모델(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Training panel</source>
        <translation>학습 패널(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Look inside</source>
        <translation>들여다보기(&amp;L)</translation>
    </message>
    <message>
        <source>La&amp;b: the book&apos;s chapters 3-4</source>
        <translation>실험실(&amp;B): 책의 3-4장</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Personal digits</source>
        <translation>내가 가르친 숫자(&amp;P)</translation>
    </message>
</context>
</TS>
